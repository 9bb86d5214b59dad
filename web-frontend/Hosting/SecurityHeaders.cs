namespace BankHire.Web.Hosting;

/// <summary>
/// Headers every response carries: a content security policy without inline code (the console and the candidate
/// pages load only their own scripts and styles), no MIME sniffing, no framing, no referrer, HSTS over TLS. The API
/// browser and the Orleans dashboard ship inline code, so they get the other headers but not the CSP.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] InlineCodePrefixes = ["/api-docs", "/dashboard"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                if (!InlineCodePrefixes.Any(p => context.Request.Path.StartsWithSegments(p)))
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
