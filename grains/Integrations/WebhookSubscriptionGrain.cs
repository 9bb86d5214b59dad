using System.Collections.Immutable;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;

namespace BankHire.Integrations;

/// <summary>
/// One subscription's deliveries. A delivery is stored (queued, due now) before it is sent, so a crash loses nothing:
/// the durable reminder finds it. Sending runs on a grain timer after the enqueueing call has returned, so a slow
/// receiver never slows the grain that published the event; failures wait doubling delays (the timer for precision,
/// the reminder so retries survive a restart).
/// </summary>
[GrainType("webhook-subscription")]
public sealed class WebhookSubscriptionGrain(
    [PersistentState("webhook-subscription")] IPersistentState<WebhookSubscriptionState> state,
    WebhookSender sender,
    TimeProvider clock,
    ILogger<WebhookSubscriptionGrain> logger) : Grain, IWebhookSubscriptionGrain, IRemindable
{
    public const string RetryReminder = "webhook-retry";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);
    private IGrainTimer? _timer;

    public async ValueTask CreateAsync(WebhookSubscription subscription)
    {
        if (state.State.Subscription is not null) return;
        state.State.Subscription = subscription;
        await state.WriteOrReloadAsync(this);
    }

    public ValueTask<WebhookSubscription?> GetAsync() => ValueTask.FromResult(state.State.Subscription);

    public async ValueTask DeleteAsync()
    {
        _timer?.Dispose();
        if (await this.GetReminder(RetryReminder) is { } reminder) await this.UnregisterReminder(reminder);
        await state.ClearStateAsync();
        state.State = new WebhookSubscriptionState();
    }

    public async ValueTask EnqueueAsync(WebhookEvent e)
    {
        if (state.State.Subscription is null) return;
        if (state.State.Deliveries.Any(d => d.EventId == e.Id)) return;
        var now = clock.GetUtcNow();
        var delivery = new WebhookDelivery(Guid.NewGuid(), e.Id, e.Type, WebhookDeliveryStatus.Queued, 0, null, null, now, null, null, now);
        state.State.Deliveries.Add(delivery);
        state.State.Pending[delivery.Id] = e;
        Trim();
        await state.WriteOrReloadAsync(this);
        await ScheduleAsync();
    }

    public ValueTask<ImmutableArray<WebhookDelivery>> DeliveriesAsync() =>
        ValueTask.FromResult(state.State.Deliveries.AsEnumerable().Reverse().ToImmutableArray());

    public async ValueTask RetryDueAsync()
    {
        var subscription = state.State.Subscription;
        if (subscription is null) return;
        var now = clock.GetUtcNow();
        var due = state.State.Deliveries
            .Where(d => d.Status != WebhookDeliveryStatus.Delivered && d.NextAttemptAt is { } at && at <= now && state.State.Pending.ContainsKey(d.Id))
            .OrderBy(d => d.QueuedAt).Select(d => d.Id).ToList();
        if (due.Count > 0)
        {
            // In order, one at a time: a receiver sees events in the order they happened (retries aside).
            foreach (var id in due)
            {
                var outcome = await TryOnceAsync(subscription, state.State.Deliveries.First(d => d.Id == id));
                var index = state.State.Deliveries.FindIndex(d => d.Id == id);
                if (index >= 0) state.State.Deliveries[index] = outcome;
                if (outcome.NextAttemptAt is null) state.State.Pending.Remove(id);
            }
            await state.WriteOrReloadAsync(this);
        }
        await ScheduleAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RetryReminder) await RetryDueAsync();
    }

    private async Task<WebhookDelivery> TryOnceAsync(WebhookSubscription subscription, WebhookDelivery delivery)
    {
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        try
        {
            var e = state.State.Pending[delivery.Id];
            var status = await sender.SendAsync(subscription.Url, subscription.Secret, delivery.Id, e.Type, WebhookEvents.Body(e), CancellationToken.None);
            return delivery with
            {
                Status = WebhookDeliveryStatus.Delivered, Attempts = attempts, LastStatusCode = status, LastError = null,
                LastAttemptAt = now, DeliveredAt = clock.GetUtcNow(), NextAttemptAt = null,
            };
        }
        catch (Exception error)
        {
            var retry = attempts < sender.Options.MaxAttempts ? now + sender.Options.NextDelay(attempts) : (DateTimeOffset?)null;
            logger.LogWarning("Webhook delivery {Delivery} ({EventType}) to subscription {Subscription} failed (try {Attempt}): {Error}",
                delivery.Id, delivery.EventType, subscription.Id, attempts, error.Message);
            return delivery with
            {
                Status = WebhookDeliveryStatus.Failed, Attempts = attempts, LastStatusCode = (error as WebhookRejectedException)?.Status,
                LastError = error.Message, LastAttemptAt = now, NextAttemptAt = retry,
            };
        }
    }

    /// <summary>A timer for the next due delivery, and a durable reminder while any delivery waits.</summary>
    private async Task ScheduleAsync()
    {
        var next = state.State.Deliveries
            .Where(d => d.Status != WebhookDeliveryStatus.Delivered && d.NextAttemptAt is not null && state.State.Pending.ContainsKey(d.Id))
            .Select(d => d.NextAttemptAt!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var reminder = await this.GetReminder(RetryReminder);
        if (next == DateTimeOffset.MaxValue)
        {
            if (reminder is not null) await this.UnregisterReminder(reminder);
            _timer?.Dispose();
            _timer = null;
            return;
        }
        if (reminder is null) await this.RegisterOrUpdateReminder(RetryReminder, ReminderPeriod, ReminderPeriod);
        var wait = next - clock.GetUtcNow();
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(OnTimerAsync, new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan));
    }

    private async Task OnTimerAsync(CancellationToken cancellation)
    {
        try
        {
            await RetryDueAsync();
        }
        catch (Exception error)
        {
            logger.LogError(error, "Webhook subscription {Subscription}: sending due deliveries failed", this.GetPrimaryKey());
        }
    }

    /// <summary>Keeps the log bounded: the oldest finished deliveries go first.</summary>
    private void Trim()
    {
        var excess = state.State.Deliveries.Count - Math.Max(1, sender.Options.LogSize);
        for (var i = 0; excess > 0 && i < state.State.Deliveries.Count;)
        {
            if (state.State.Deliveries[i].NextAttemptAt is null)
            {
                state.State.Pending.Remove(state.State.Deliveries[i].Id);
                state.State.Deliveries.RemoveAt(i);
                excess--;
            }
            else i++;
        }
    }
}
