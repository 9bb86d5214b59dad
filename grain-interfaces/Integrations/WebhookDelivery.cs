namespace BankHire.Integrations;

/// <summary>One event sent to one subscription and what became of it. <paramref name="NextAttemptAt"/> is null once delivered or given up.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.WebhookDelivery")]
public sealed record WebhookDelivery(
    Guid Id,
    Guid EventId,
    string EventType,
    WebhookDeliveryStatus Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset QueuedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? NextAttemptAt);
