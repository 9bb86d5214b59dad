using BankHire.Web.CandidateStatus;
using BankHire.Web.Problems;

namespace BankHire.Web.Hosting;

/// <summary>
/// A write that rides on the HR cookie must come from our own pages: a browser names the page's origin in
/// <c>Origin</c>, and a foreign one is refused (403) even where SameSite would not stop it (an old browser, a
/// sibling subdomain). Calls without a cookie (API keys, candidates' tokens) or without an Origin are not browser
/// cross-site requests and pass.
/// </summary>
public static class CookieOriginCheck
{
    public const string CookieName = "bankhire.hr";

    public static IApplicationBuilder UseCookieOriginCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                && request.Cookies.ContainsKey(CookieName) && request.Headers.Origin.ToString() is { Length: > 0 } origin
                && !IsOwn(origin, request, context.RequestServices.GetRequiredService<CandidateLinks>()))
                throw new ApiProblemException(StatusCodes.Status403Forbidden, "Foreign origin",
                    $"A signed-in write must come from this site's own pages, not from '{origin}'.", "Origin");
            await next(context);
        });

    private static bool IsOwn(string origin, HttpRequest request, CandidateLinks links) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (Same(uri, new Uri(links.BaseUrl)) || Same(uri, new Uri($"{request.Scheme}://{request.Host}")));

    private static bool Same(Uri a, Uri b) =>
        a.Scheme.Equals(b.Scheme, StringComparison.OrdinalIgnoreCase) && a.Host.Equals(b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
