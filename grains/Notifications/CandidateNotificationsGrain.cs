using System.Collections.Immutable;
using BankHire.Banks;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Notifications.Calendar;
using BankHire.Notifications.Channels;
using BankHire.Notifications.Templates;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;

namespace BankHire.Notifications;

/// <summary>
/// The messages sent to one candidate. Each delivery is stored as queued before it is tried, so a crash loses
/// nothing; a failure is retried with doubling delays by a durable reminder until it is sent or the tries run out.
/// </summary>
[GrainType("candidate-notifications")]
public sealed class CandidateNotificationsGrain(
    [PersistentState("candidate-notifications")] IPersistentState<CandidateNotificationsState> state,
    IEnumerable<IInvitationChannel> channels,
    NotificationOptions options,
    TimeProvider clock,
    ILogger<CandidateNotificationsGrain> logger) : Grain, ICandidateNotificationsGrain, IRemindable
{
    public const string RetryReminder = "delivery-retry";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    public async ValueTask<ImmutableArray<DeliveryRecord>> SendAsync(NotificationRequest request)
    {
        var candidate = await GrainFactory.GetGrain<ICandidateGrain>(this.GetPrimaryKey()).GetAsync()
            ?? throw new PipelineException($"Candidate {this.GetPrimaryKey()} does not exist.", "candidateId");
        var job = await GrainFactory.GetGrain<IJobRubricGrain>(candidate.Application.JobId).GetAsync()
            ?? throw new JobNotFoundException(candidate.Application.JobId);
        var bank = await GrainFactory.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        var custom = await GrainFactory.GetGrain<IInvitationTemplatesGrain>(job.Id).GetCustomAsync();
        var language = NotificationLanguages.IsKnown(request.Language) ? request.Language : NotificationLanguages.Chinese;
        var template = DefaultTemplates.Effective(custom, request.Kind, language);
        var contact = candidate.Application.Contact;
        var variables = MessageVariables.For(language, contact.FullName, job.Posting.TitleZh, job.Posting.TitleEn, bank?.NameZh, bank?.NameEn,
            request.Link, request.ExpiresAt, request.Slot, MessageTimes.Zone(options.TimeZone));
        if (request.Extra is { } extra) variables = variables.Concat(extra).ToDictionary();
        var message = new StoredMessage
        {
            Subject = TemplateRenderer.Render(template.Subject, variables),
            Body = TemplateRenderer.Render(template.Body, variables),
            ShortText = TemplateRenderer.Render(template.ShortText, variables),
            Link = request.Link,
            Variables = new Dictionary<string, string>(variables),
        };
        if (request.Calendar is { } invite && !string.IsNullOrWhiteSpace(contact.Email))
        {
            var calendarEvent = new IcsEvent(invite.Uid, invite.Sequence, invite.Cancelled, invite.StartsAt, invite.EndsAt, clock.GetUtcNow(),
                message.Subject, message.Body, invite.Location, request.Link, options.Smtp.From, options.Smtp.FromName, contact.Email, contact.FullName);
            message.CalendarIcs = IcsCalendar.Build(calendarEvent);
            message.CalendarMethod = IcsCalendar.Method(calendarEvent);
        }

        var now = clock.GetUtcNow();
        var created = new List<DeliveryRecord>();
        foreach (var channel in request.Channels.Distinct())
        {
            var recipient = channel == InvitationChannel.Email ? contact.Email : contact.Phone;
            var record = new DeliveryRecord(Guid.NewGuid(), request.InterviewId, request.Kind, channel, language, recipient ?? "",
                DeliveryStatus.Queued, 0, null, now, null, null, now);
            if (string.IsNullOrWhiteSpace(recipient))
            {
                // Nothing to retry: HR has to add the address first.
                record = record with
                {
                    Status = DeliveryStatus.Failed, NextAttemptAt = null,
                    LastError = channel == InvitationChannel.Email ? "The candidate has no e-mail address." : "The candidate has no phone number.",
                };
            }
            else
            {
                state.State.Pending[record.Id] = message;
            }
            state.State.Deliveries.Add(record);
            created.Add(record);
        }
        await state.WriteOrReloadAsync(this);

        await AttemptAsync(created.Where(r => r.Status == DeliveryStatus.Queued).Select(r => r.Id).ToList());
        var ids = created.Select(r => r.Id).ToHashSet();
        return [.. state.State.Deliveries.Where(d => ids.Contains(d.Id))];
    }

    public ValueTask<ImmutableArray<DeliveryRecord>> ListAsync() =>
        ValueTask.FromResult(state.State.Deliveries.AsEnumerable().Reverse().ToImmutableArray());

    public async ValueTask<ImmutableArray<DeliveryRecord>> RetryDueAsync()
    {
        var now = clock.GetUtcNow();
        var due = state.State.Deliveries
            .Where(d => d.Status != DeliveryStatus.Sent && d.NextAttemptAt is { } at && at <= now && state.State.Pending.ContainsKey(d.Id))
            .Select(d => d.Id).ToList();
        await AttemptAsync(due);
        var ids = due.ToHashSet();
        return [.. state.State.Deliveries.Where(d => ids.Contains(d.Id))];
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RetryReminder) await RetryDueAsync();
    }

    private async Task AttemptAsync(List<Guid> ids)
    {
        if (ids.Count > 0)
        {
            var outcomes = await Task.WhenAll(ids.Select(id => TryOnceAsync(Record(id))));
            foreach (var outcome in outcomes)
            {
                var index = state.State.Deliveries.FindIndex(d => d.Id == outcome.Id);
                state.State.Deliveries[index] = outcome;
                if (outcome.NextAttemptAt is null) state.State.Pending.Remove(outcome.Id);
            }
            await state.WriteOrReloadAsync(this);
        }
        await ScheduleRetriesAsync();
    }

    private async Task<DeliveryRecord> TryOnceAsync(DeliveryRecord record)
    {
        var now = clock.GetUtcNow();
        var attempts = record.Attempts + 1;
        try
        {
            var channel = channels.FirstOrDefault(c => c.Kind == record.Channel)
                ?? throw new InvalidOperationException($"No {record.Channel} channel is registered.");
            var stored = state.State.Pending[record.Id];
            await channel.SendAsync(new OutgoingMessage(record.Id, record.Kind, record.Channel, record.Language, record.Recipient,
                stored.Subject, stored.Body, stored.ShortText, stored.Link, stored.Variables, stored.CalendarIcs, stored.CalendarMethod), CancellationToken.None);
            return record with { Status = DeliveryStatus.Sent, Attempts = attempts, LastAttemptAt = now, SentAt = now, NextAttemptAt = null };
        }
        catch (Exception e)
        {
            var retry = attempts < options.Retry.MaxAttempts ? now + options.Retry.NextDelay(attempts) : (DateTimeOffset?)null;
            logger.LogWarning("Delivery {Delivery} ({Channel}) to candidate {Candidate} failed (try {Attempt}): {Error}",
                record.Id, record.Channel, this.GetPrimaryKey(), attempts, e.Message);
            return record with { Status = DeliveryStatus.Failed, Attempts = attempts, LastAttemptAt = now, LastError = e.Message, NextAttemptAt = retry };
        }
    }

    private DeliveryRecord Record(Guid id) => state.State.Deliveries.First(d => d.Id == id);

    /// <summary>A durable reminder while anything waits for a retry, so failures are retried after a restart too.</summary>
    private async Task ScheduleRetriesAsync()
    {
        var waiting = state.State.Deliveries.Any(d => d.NextAttemptAt is not null && d.Status != DeliveryStatus.Sent);
        var reminder = await this.GetReminder(RetryReminder);
        if (waiting && reminder is null)
            await this.RegisterOrUpdateReminder(RetryReminder, ReminderPeriod, ReminderPeriod);
        else if (!waiting && reminder is not null)
            await this.UnregisterReminder(reminder);
    }
}
