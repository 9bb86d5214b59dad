using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Notifications;
using BankHire.Persistence;

namespace BankHire.Booking;

/// <summary>
/// One invitation's booking and follow-ups. A single durable reminder is set for the next thing due (nudge,
/// reminder or expiry); each tick does what is due by the clock and sets the next, so a restart loses nothing.
/// </summary>
[GrainType("interview-follow-up")]
public sealed class InterviewFollowUpGrain(
    [PersistentState("interview-follow-up")] IPersistentState<InterviewFollowUpState> state,
    TimeProvider clock) : Grain, IInterviewFollowUpGrain, IRemindable
{
    public const string ReminderName = "follow-up";
    public static readonly TimeSpan NudgeAfter = TimeSpan.FromHours(24);
    public static readonly TimeSpan RemindBefore = TimeSpan.FromHours(1);

    public async ValueTask<FollowUpSnapshot> StartAsync(FollowUpPlan plan)
    {
        state.State.Plan = plan;
        state.State.JobId = plan.JobId;
        state.State.InvitedAt ??= clock.GetUtcNow();
        await ScheduleAsync();
        return Snapshot();
    }

    public async ValueTask<BookingSlot> BookAsync(string jobId, Guid candidateId, string slotId)
    {
        if (state.State.ClosedAt is { } closed) throw new BookingException($"The invitation closed at {closed:u}.", "slotId");
        var calendar = GrainFactory.GetGrain<IBookingCalendarGrain>(jobId);
        var previous = await calendar.SlotOfAsync(this.GetPrimaryKey());
        var slot = await calendar.ReserveAsync(this.GetPrimaryKey(), slotId);
        try
        {
            await GrainFactory.GetGrain<IInterviewSessionGrain>(this.GetPrimaryKey()).BookAsync(slot.StartsAt, slot.DurationMinutes);
        }
        catch (InterviewStateException)
        {
            // The interview cannot take this slot (expired, started, slot after expiry): give the seat back.
            if (previous is not null && previous.Id != slot.Id) await calendar.ReserveAsync(this.GetPrimaryKey(), previous.Id);
            else if (previous is null) await calendar.ReleaseAsync(this.GetPrimaryKey());
            throw;
        }
        var candidate = GrainFactory.GetGrain<ICandidateGrain>(candidateId);
        if (await candidate.GetAsync() is { Stage: CandidateStage.Invited })
            await candidate.MoveToAsync(CandidateStage.Booked, "candidate", $"booked {slot.Id} at {slot.StartsAt:u}");
        state.State.JobId = jobId;
        var changed = state.State.SlotId != slot.Id;
        state.State.SlotId = slot.Id;
        state.State.SlotStartsAt = slot.StartsAt;
        await ScheduleAsync();
        if (changed && state.State.Plan is { } plan) await AnnounceAsync(plan, slot, MessageKind.Booked);
        return slot;
    }

    public ValueTask<FollowUpSnapshot> GetAsync() => ValueTask.FromResult(Snapshot());

    public async ValueTask<FollowUpSnapshot> SlotCancelledAsync(BookingSlot slot)
    {
        if (state.State.SlotId != slot.Id) return Snapshot();
        state.State.SlotId = null;
        state.State.SlotStartsAt = null;
        var interview = await GrainFactory.GetGrain<IInterviewSessionGrain>(this.GetPrimaryKey()).ReleaseBookingAsync();
        if (interview is { } known)
        {
            var candidate = GrainFactory.GetGrain<ICandidateGrain>(known.Invitation.CandidateId);
            if (await candidate.GetAsync() is { Stage: CandidateStage.Booked })
                await candidate.MoveToAsync(CandidateStage.Invited, "hr", $"slot {slot.Id} at {slot.StartsAt:u} cancelled");
        }
        if (state.State.Plan is { } plan && state.State.ClosedAt is null) await AnnounceAsync(plan, slot, MessageKind.SlotCancelled);
        await ScheduleAsync();
        return Snapshot();
    }

    public async ValueTask<FollowUpSnapshot> CheckDueAsync()
    {
        var s = state.State;
        var now = clock.GetUtcNow();
        if (s.ClosedAt is null && s.Plan is { } plan)
        {
            var interview = await GrainFactory.GetGrain<IInterviewSessionGrain>(this.GetPrimaryKey()).GetAsync();
            var underway = interview?.Status is InterviewStatus.InProgress or InterviewStatus.Completed or InterviewStatus.Abandoned;
            if (!underway && now >= plan.ExpiresAt)
            {
                s.ClosedAt = now;
                if (s.JobId is { } jobId) await GrainFactory.GetGrain<IBookingCalendarGrain>(jobId).ReleaseAsync(this.GetPrimaryKey());
            }
            else if (!underway && s.SlotId is null && s.NudgedAt is null && now >= s.InvitedAt + NudgeAfter)
            {
                await SendAsync(plan, MessageKind.Nudge, null);
                s.NudgedAt = now;
            }
            else if (!underway && s.SlotStartsAt is { } slot && s.RemindedFor != slot && now >= slot - RemindBefore && now < slot)
            {
                await SendAsync(plan, MessageKind.Reminder, slot);
                s.RemindedFor = slot;
                s.RemindedAt = now;
            }
        }
        await ScheduleAsync();
        return Snapshot();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName) await CheckDueAsync();
    }

    /// <summary>Tells the candidate the booking (or its cancellation) with a calendar invitation: one UID per interview's
    /// booking, its sequence counting every change so calendars replace the earlier time.</summary>
    private async Task AnnounceAsync(FollowUpPlan plan, BookingSlot slot, MessageKind kind)
    {
        var cancelled = kind != MessageKind.Booked;
        var sequence = state.State.CalendarSequence is { } last ? last + 1 : 0;
        state.State.CalendarSequence = sequence;
        await state.WriteOrReloadAsync(this);
        var invite = new CalendarInvite(CalendarUid, sequence, cancelled, slot.StartsAt, slot.StartsAt.AddMinutes(slot.DurationMinutes), slot.Location);
        await GrainFactory.GetGrain<ICandidateNotificationsGrain>(plan.CandidateId).SendAsync(new NotificationRequest(
            kind, plan.Channels, plan.Language, this.GetPrimaryKey(), plan.Link,
            plan.ExpiresAt, slot.StartsAt, Calendar: invite));
    }

    private string CalendarUid => $"interview-{this.GetPrimaryKey():N}@bankhire";

    private Task SendAsync(FollowUpPlan plan, MessageKind kind, DateTimeOffset? slot) =>
        GrainFactory.GetGrain<ICandidateNotificationsGrain>(plan.CandidateId).SendAsync(
            new NotificationRequest(kind, plan.Channels, plan.Language, this.GetPrimaryKey(), plan.Link, plan.ExpiresAt, slot)).AsTask();

    /// <summary>The next time something may be due, or null when nothing is left to do.</summary>
    private DateTimeOffset? NextDue()
    {
        var s = state.State;
        if (s.ClosedAt is not null || s.Plan is not { } plan) return null;
        var candidates = new List<DateTimeOffset> { plan.ExpiresAt };
        if (s.SlotId is null && s.NudgedAt is null && s.InvitedAt is { } invited) candidates.Add(invited + NudgeAfter);
        if (s.SlotStartsAt is { } slot && s.RemindedFor != slot && slot > clock.GetUtcNow()) candidates.Add(slot - RemindBefore);
        return candidates.Min();
    }

    private async Task ScheduleAsync()
    {
        var next = NextDue();
        state.State.NextCheckAt = next;
        await state.WriteOrReloadAsync(this);
        if (next is { } at)
        {
            var due = at - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(ReminderName, due < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : due, TimeSpan.FromHours(1));
        }
        else if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private FollowUpSnapshot Snapshot()
    {
        var s = state.State;
        return new FollowUpSnapshot(s.Plan, s.InvitedAt, s.SlotId, s.SlotStartsAt, s.NudgedAt, s.RemindedAt, s.ClosedAt, s.NextCheckAt);
    }
}
