namespace BankHire.Integrations;

/// <summary>
/// Something integration clients may subscribe to. <paramref name="DataJson"/> is the event's "data" object, already
/// serialized, so every subscription receives the same bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.WebhookEvent")]
public sealed record WebhookEvent(Guid Id, string Type, DateTimeOffset Time, string DataJson);
