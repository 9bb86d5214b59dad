using System.Collections.Immutable;
using BankHire.Integrations;

namespace BankHire.Web.Integrations;

public sealed record CreateApiKeyRequest(string Name, string[] Scopes);

public sealed record ApiKeyView(Guid Id, string Name, ImmutableArray<string> Scopes, string Prefix, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? RevokedAt, bool Active)
{
    public static ApiKeyView Of(ApiKeyRecord k) => new(k.Id, k.Name, k.Scopes, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.RevokedAt is null);
}

/// <summary>A new key: <c>Key</c> is the API key itself, shown only in this answer and stored only as a hash.</summary>
public sealed record CreatedApiKey(ApiKeyView ApiKey, string Key);

/// <summary>A webhook subscription; the HMAC <c>Secret</c> (16–200 characters) is generated when omitted.</summary>
public sealed record CreateWebhookRequest(string Url, string[] Events, string? Secret = null);

public sealed record WebhookView(Guid Id, string Url, ImmutableArray<string> Events, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static WebhookView Of(WebhookSubscription s) => new(s.Id, s.Url, s.Events, s.CreatedAt, s.CreatedBy);
}

/// <summary>A new subscription with its signing <c>Secret</c>, shown only in this answer.</summary>
public sealed record CreatedWebhook(WebhookView Webhook, string Secret);
