namespace BankHire.Web.Hosting;

/// <summary>
/// The site's root opens the HR console at /hr/ (web-frontend/console-app).
/// </summary>
public static class ConsoleEntrance
{
    public const string Console = "/hr/";

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
