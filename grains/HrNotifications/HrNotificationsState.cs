namespace BankHire.HrNotifications;

[GenerateSerializer, Alias("bankhire.HrNotificationsState")]
public sealed class HrNotificationsState
{
    /// <summary>Oldest first, at most <see cref="HrNotificationsGrain.Keep"/>.</summary>
    [Id(0)] public List<HrNotification> Notifications { get; set; } = [];
}
