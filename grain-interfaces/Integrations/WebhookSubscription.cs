using System.Collections.Immutable;

namespace BankHire.Integrations;

/// <summary>Where events of the given types are POSTed, and the shared <paramref name="Secret"/> their HMAC signature uses.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.WebhookSubscription")]
public sealed record WebhookSubscription(
    Guid Id,
    string Url,
    string Secret,
    ImmutableArray<string> Events,
    DateTimeOffset CreatedAt,
    string CreatedBy);
