using System.Collections.Immutable;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;

namespace BankHire.Integrations;

[GrainType("webhook-dispatcher")]
public sealed class WebhookDispatcherGrain(
    [PersistentState("webhook-dispatcher")] IPersistentState<WebhookDispatcherState> state,
    ILogger<WebhookDispatcherGrain> logger) : Grain, IWebhookDispatcherGrain
{
    public async ValueTask PublishAsync(WebhookEvent e)
    {
        var targets = state.State.Routes.Where(r => r.Events.Contains(e.Type)).Select(r => r.SubscriptionId).ToList();
        await Task.WhenAll(targets.Select(async id =>
        {
            try
            {
                await GrainFactory.GetGrain<IWebhookSubscriptionGrain>(id).EnqueueAsync(e);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Could not queue {EventType} {EventId} for webhook {Subscription}", e.Type, e.Id, id);
            }
        }));
    }

    public async ValueTask AddAsync(Guid subscriptionId, ImmutableArray<string> events)
    {
        state.State.Routes.RemoveAll(r => r.SubscriptionId == subscriptionId);
        state.State.Routes.Add(new WebhookRoute(subscriptionId, events));
        await state.WriteOrReloadAsync(this);
    }

    public async ValueTask RemoveAsync(Guid subscriptionId)
    {
        if (state.State.Routes.RemoveAll(r => r.SubscriptionId == subscriptionId) > 0) await state.WriteOrReloadAsync(this);
    }

    public ValueTask<ImmutableArray<Guid>> ListAsync() =>
        ValueTask.FromResult(state.State.Routes.Select(r => r.SubscriptionId).ToImmutableArray());
}
