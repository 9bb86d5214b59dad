using System.Collections.Immutable;

namespace BankHire.Integrations;

[GenerateSerializer, Alias("bankhire.WebhookDispatcherState")]
public sealed class WebhookDispatcherState
{
    /// <summary>Every subscription and the event types it wants, oldest first.</summary>
    [Id(0)] public List<WebhookRoute> Routes { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("bankhire.WebhookRoute")]
public sealed record WebhookRoute([property: Id(0)] Guid SubscriptionId, [property: Id(1)] ImmutableArray<string> Events);
