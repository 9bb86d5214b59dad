using System.Security.Claims;
using System.Text.Encodings.Web;
using BankHire.Identity;
using BankHire.Integrations;
using BankHire.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BankHire.Web.Integrations;

/// <summary>
/// Integration clients authenticate with an API key in <c>X-Api-Key</c> (or <c>Authorization: ApiKey …</c>). A request
/// that carries one is authenticated by <see cref="ApiKeyAuthenticationHandler"/>; every other request by the HR
/// cookie exactly as before. A key principal has no roles: its scopes are mapped to the existing policies by
/// <see cref="ApiKeyScopeHandler"/>.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Selector = "CookieOrApiKey";
    public const string Header = "X-Api-Key";
    public const string ScopeClaim = "scope";

    /// <summary>Admins, or API keys with the webhooks:manage scope.</summary>
    public const string WebhooksPolicy = "webhooks";

    public static void AddBankHireApiKeys(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = Selector;
                o.DefaultChallengeScheme = Selector;
                o.DefaultForbidScheme = Selector;
            })
            .AddPolicyScheme(Selector, "HR cookie or API key", o =>
                o.ForwardDefaultSelector = c => Presented(c.Request) is not null ? Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, "API key", null);
        services.AddSingleton<IAuthorizationHandler, ApiKeyScopeHandler>();
        services.AddAuthorization(o => o.AddPolicy(WebhooksPolicy, p => p.RequireAssertion(c =>
            c.User.IsInRole(HrRoles.Admin) || (IsApiKey(c.User) && c.User.HasClaim(ScopeClaim, ApiKeyScopes.WebhooksManage)))));
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer<ApiKeyOpenApi>());
    }

    public static bool IsApiKey(ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, AuthenticationType: Scheme };

    /// <summary>The key the request presents, or null if it presents none.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[Header].ToString() is { Length: > 0 } key) return key.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(Scheme.Length + 1)..].Trim() : null;
    }
}

internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IGrainFactory grains, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyAuthentication.Presented(Request) is not { } presented) return AuthenticateResult.NoResult();
        if (ApiKeySecrets.Hash(presented) is not { } hash) return AuthenticateResult.Fail("The API key is malformed.");
        var key = await grains.GetGrain<IApiKeysGrain>(IApiKeysGrain.Key).FindByHashAsync(hash);
        if (key is null) return AuthenticateResult.Fail("The API key is not known.");
        if (key.RevokedAt is not null) return AuthenticateResult.Fail("The API key has been revoked.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, $"api-key:{key.Name}"),
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(ApiKeyAuthentication.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthentication.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message ?? "A valid API key is required.";
        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Invalid API key", failure);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Scope missing", "The API key's scopes do not allow this request.");

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = Request.Path },
        });
    }
}

/// <summary>
/// Lets an API key through the role requirements of the existing policies: each scope stands in for one HR role,
/// some for reads (GET/HEAD) only, and <c>reports:read</c> only on endpoints marked <see cref="ReportsReadEndpoint"/>
/// (least privilege: the scope means its name). Cookie users are untouched (they never carry the API-key authentication type).
/// </summary>
internal sealed class ApiKeyScopeHandler : IAuthorizationHandler
{
    private static readonly (string Scope, string Role, bool ReadsOnly, bool ReportsOnly)[] Grants =
    [
        (ApiKeyScopes.CandidatesRead, HrRoles.Auditor, true, false),
        (ApiKeyScopes.CandidatesWrite, HrRoles.Recruiter, false, false),
        (ApiKeyScopes.ReportsRead, HrRoles.Interviewer, true, true),
    ];

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (!ApiKeyAuthentication.IsApiKey(context.User)) return Task.CompletedTask;
        var http = context.Resource as HttpContext;
        var method = http?.Request.Method ?? "";
        var isReport = http?.GetEndpoint()?.Metadata.GetMetadata<ReportsReadEndpoint>() is not null;
        var read = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var scopes = context.User.FindAll(ApiKeyAuthentication.ScopeClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var requirement in context.PendingRequirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().ToList())
        {
            if (Grants.Any(g => scopes.Contains(g.Scope) && requirement.AllowedRoles.Contains(g.Role) && (read || !g.ReadsOnly) && (isReport || !g.ReportsOnly)))
                context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
