namespace BankHire.Integrations;

/// <summary>Queued (not tried yet), Delivered (the receiver answered 2xx), Failed (last try failed; see NextAttemptAt).</summary>
[GenerateSerializer, Alias("bankhire.WebhookDeliveryStatus")]
public enum WebhookDeliveryStatus { Queued, Delivered, Failed }
