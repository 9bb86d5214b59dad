using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BankHire.Web.Integrations;

/// <summary>Names the two ways to call the API in the OpenAPI document: the HR cookie and an integration API key.</summary>
internal sealed class ApiKeyOpenApi : IOpenApiDocumentTransformer
{
    public const string CookieScheme = "HrCookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "An integration API key (POST /api/integrations/keys); also accepted as 'Authorization: ApiKey <key>'. " +
                "Scopes: candidates:read (HR reads), candidates:write (recruiting), reports:read (GET /api/interviews/{id}/report only), webhooks:manage.",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "bankhire.hr",
            Description = "The HR console's sign-in cookie (POST /api/auth/login).",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
