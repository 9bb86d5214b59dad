using System.Collections.Immutable;
using Orleans.Concurrency;

namespace BankHire.Integrations;

/// <summary>
/// One webhook subscription and its delivery log. Each delivery is stored before it is sent; failures are retried with
/// doubling delays under a durable reminder. Keyed by subscription id.
/// </summary>
[Alias("bankhire.IWebhookSubscriptionGrain")]
public interface IWebhookSubscriptionGrain : IGrainWithGuidKey
{
    [Alias("Create")] ValueTask CreateAsync(WebhookSubscription subscription);

    /// <summary>The subscription (with its secret: callers must not show it); null if none or deleted.</summary>
    [AlwaysInterleave, Alias("Get")] ValueTask<WebhookSubscription?> GetAsync();

    /// <summary>Stops deliveries and forgets the subscription and its log.</summary>
    [Alias("Delete")] ValueTask DeleteAsync();

    /// <summary>Stores a delivery of the event and starts sending it in the background.</summary>
    [Alias("Enqueue")] ValueTask EnqueueAsync(WebhookEvent e);

    /// <summary>Deliveries, newest first.</summary>
    [AlwaysInterleave, Alias("Deliveries")] ValueTask<ImmutableArray<WebhookDelivery>> DeliveriesAsync();

    /// <summary>Tries again every delivery whose retry is due; what the retry reminder does on each tick.</summary>
    [Alias("RetryDue")] ValueTask RetryDueAsync();
}
