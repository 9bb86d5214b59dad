namespace BankHire.Notifications;

/// <summary>Queued (not tried yet or waiting for a retry), Sent (accepted by the server or gateway), Failed (last try failed).</summary>
[GenerateSerializer, Alias("bankhire.DeliveryStatus")]
public enum DeliveryStatus { Queued, Sent, Failed }
