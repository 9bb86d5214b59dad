namespace BankHire.Web.Hosting;

/// <summary>
/// The site's root opens the HR console at /hr/ (web-frontend/console-app). The classic console stays at /classic/ until
/// its screens and browser tests (tests/BankHire.Tests/Browser/Console*Tests.cs) have moved to the new one.
/// </summary>
public static class ConsoleEntrance
{
    public const string Console = "/hr/";
    public const string Classic = "/classic/";

    public static void UseConsoleEntrance(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path == "/" && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            context.Response.Redirect(Console + context.Request.QueryString);
            return;
        }
        await next();
    });
}
