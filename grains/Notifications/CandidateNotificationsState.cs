namespace BankHire.Notifications;

[GenerateSerializer, Alias("bankhire.CandidateNotificationsState")]
public sealed class CandidateNotificationsState
{
    /// <summary>Every delivery, oldest first.</summary>
    [Id(0)] public List<DeliveryRecord> Deliveries { get; set; } = [];

    /// <summary>The rendered message of each delivery that may still be tried (dropped once sent or given up).</summary>
    [Id(1)] public Dictionary<Guid, StoredMessage> Pending { get; set; } = [];
}
