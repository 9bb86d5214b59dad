using System.Collections.Immutable;

namespace BankHire.Notifications;

/// <summary>
/// Every message sent to one candidate, with its delivery record; failures are retried with backoff by a durable
/// reminder. Keyed by candidate id.
/// </summary>
[Alias("bankhire.ICandidateNotificationsGrain")]
public interface ICandidateNotificationsGrain : IGrainWithGuidKey
{
    /// <summary>Renders the message for each channel, records it as queued, tries it once and returns the new records.</summary>
    [Alias("Send")] ValueTask<ImmutableArray<DeliveryRecord>> SendAsync(NotificationRequest request);

    /// <summary>All deliveries, newest first.</summary>
    [Alias("List")] ValueTask<ImmutableArray<DeliveryRecord>> ListAsync();

    /// <summary>Tries again every delivery whose retry is due; what the retry reminder does on each tick.</summary>
    [Alias("RetryDue")] ValueTask<ImmutableArray<DeliveryRecord>> RetryDueAsync();
}
