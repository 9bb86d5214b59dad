using System.Collections.Immutable;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;

namespace BankHire.Integrations;

/// <summary>
/// One subscription's deliveries. A delivery is stored (queued, due now) before it is sent, so a crash loses nothing:
/// the durable reminder finds it. Sending runs on an interleaving grain timer, so while a receiver is slow the grain
/// still accepts new events (and the grain that published them never waits for a receiver); failures wait doubling
/// delays (the timer for precision, the reminder so retries survive a restart). Writes are serialized.
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
    private bool _sending;
    private Task _lastWrite = Task.CompletedTask;

    public async ValueTask CreateAsync(WebhookSubscription subscription)
    {
        if (state.State.Subscription is not null) return;
        state.State.Subscription = subscription;
        await SaveAsync();
    }

    public ValueTask<WebhookSubscription?> GetAsync() => ValueTask.FromResult(state.State.Subscription);

    public async ValueTask DeleteAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (await this.GetReminder(RetryReminder) is { } reminder) await this.UnregisterReminder(reminder);
        try { await _lastWrite; } catch (Exception) { /* the clear below is what counts */ }
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
        await SaveAsync();
        await ScheduleAsync();
    }

    public ValueTask<ImmutableArray<WebhookDelivery>> DeliveriesAsync() =>
        ValueTask.FromResult(state.State.Deliveries.AsEnumerable().Reverse().ToImmutableArray());

    /// <summary>Starts sending what is due now (on the timer) and returns.</summary>
    public async ValueTask RetryDueAsync() => await ScheduleAsync();

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RetryReminder) await ScheduleAsync();
    }

    /// <summary>The timer's work: sends due deliveries oldest first, one at a time, until none is due.</summary>
    private async Task SendDueAsync(CancellationToken cancellation)
    {
        if (_sending) return;
        _sending = true;
        try
        {
            while (state.State.Subscription is { } subscription && NextDue() is { } delivery)
            {
                var outcome = await TryOnceAsync(subscription, delivery);
                var index = state.State.Deliveries.FindIndex(d => d.Id == delivery.Id);
                if (state.State.Subscription is null || index < 0) continue;
                state.State.Deliveries[index] = outcome;
                if (outcome.NextAttemptAt is null) state.State.Pending.Remove(outcome.Id);
                await SaveAsync();
            }
        }
        catch (Exception error)
        {
            logger.LogError(error, "Webhook subscription {Subscription}: sending due deliveries failed", this.GetPrimaryKey());
        }
        finally
        {
            _sending = false;
        }
        await ScheduleAsync();
    }

    private WebhookDelivery? NextDue()
    {
        var now = clock.GetUtcNow();
        return state.State.Deliveries
            .Where(d => d.Status != WebhookDeliveryStatus.Delivered && d.NextAttemptAt is { } at && at <= now && state.State.Pending.ContainsKey(d.Id))
            .OrderBy(d => d.QueuedAt).FirstOrDefault();
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

    /// <summary>A timer for the next due delivery (unless sending is under way: it looks again when done), and a durable reminder while any waits.</summary>
    private async Task ScheduleAsync()
    {
        var next = state.State.Deliveries
            .Where(d => d.Status != WebhookDeliveryStatus.Delivered && d.NextAttemptAt is not null && state.State.Pending.ContainsKey(d.Id))
            .Select(d => d.NextAttemptAt!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var reminder = await this.GetReminder(RetryReminder);
        if (next == DateTimeOffset.MaxValue || state.State.Subscription is null)
        {
            if (reminder is not null) await this.UnregisterReminder(reminder);
            return;
        }
        if (reminder is null) await this.RegisterOrUpdateReminder(RetryReminder, ReminderPeriod, ReminderPeriod);
        if (_sending) return;
        var wait = next - clock.GetUtcNow();
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(SendDueAsync, new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    /// <summary>One write at a time, even when a send and an enqueue interleave.</summary>
    private Task SaveAsync()
    {
        var previous = _lastWrite;
        return _lastWrite = WriteAfterAsync(previous);
    }

    private async Task WriteAfterAsync(Task previous)
    {
        try { await previous; } catch (Exception) { /* reported to its own caller */ }
        await state.WriteOrReloadAsync(this);
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
