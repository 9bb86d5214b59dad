using System.Collections.Immutable;
using BankHire.Integrations;
using BankHire.Web.Problems;

namespace BankHire.Web.Integrations;

public sealed record CreateApiKeyRequest(string Name, string[] Scopes) : IValidatedRequest
{
    public void Validate()
    {
        Require.Text(Name, "name", 100);
        KnownValues.Check(Scopes, ApiKeyScopes.All, "scopes", "scope");
    }
}

public sealed record ApiKeyView(Guid Id, string Name, ImmutableArray<string> Scopes, string Prefix, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? RevokedAt, bool Active)
{
    public static ApiKeyView Of(ApiKeyRecord k) => new(k.Id, k.Name, k.Scopes, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.RevokedAt is null);
}

/// <summary>A new key: <c>Key</c> is the API key itself, shown only in this answer and stored only as a hash.</summary>
public sealed record CreatedApiKey(ApiKeyView ApiKey, string Key);

/// <summary>A webhook subscription; the HMAC <c>Secret</c> (16–200 characters) is generated when omitted.</summary>
public sealed record CreateWebhookRequest(string Url, string[] Events, string? Secret = null) : IValidatedRequest
{
    /// <summary>Whether the host is internal needs a DNS lookup and is checked by the handler.</summary>
    public void Validate()
    {
        Address();
        KnownValues.Check(Events, WebhookEventTypes.All, "events", "event type");
        if (Secret is not null && (Secret.Length is < 16 or > 200 || string.IsNullOrWhiteSpace(Secret)))
            throw ApiProblemException.Invalid("secret", "'secret' must be 16 to 200 characters.");
    }

    public Uri Address()
    {
        var url = Require.Text(Url, "url", 2000);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
            throw ApiProblemException.Invalid("url", "'url' must be an absolute http(s) URL without credentials or fragment.");
        return uri;
    }
}

public sealed record WebhookView(Guid Id, string Url, ImmutableArray<string> Events, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static WebhookView Of(WebhookSubscription s) => new(s.Id, s.Url, s.Events, s.CreatedAt, s.CreatedBy);
}

/// <summary>A new subscription with its signing <c>Secret</c>, shown only in this answer.</summary>
public sealed record CreatedWebhook(WebhookView Webhook, string Secret);
