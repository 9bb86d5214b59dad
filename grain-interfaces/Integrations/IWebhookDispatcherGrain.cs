using System.Collections.Immutable;
using Orleans.Concurrency;

namespace BankHire.Integrations;

/// <summary>
/// The list of webhook subscriptions (key "default") and the fan-out of each event to the subscriptions that want it.
/// </summary>
[Alias("bankhire.IWebhookDispatcherGrain")]
public interface IWebhookDispatcherGrain : IGrainWithStringKey
{
    public const string Key = "default";

    /// <summary>Queues the event on every subscription to its type; returns once each has stored its delivery.
    /// Read-only, so many publishers (a bulk stage move) fan out at once.</summary>
    [ReadOnly, Alias("Publish")] ValueTask PublishAsync(WebhookEvent e);

    [Alias("Add")] ValueTask AddAsync(Guid subscriptionId, ImmutableArray<string> events);

    [Alias("Remove")] ValueTask RemoveAsync(Guid subscriptionId);

    /// <summary>The ids of every subscription, oldest first.</summary>
    [ReadOnly, Alias("List")] ValueTask<ImmutableArray<Guid>> ListAsync();
}
