using BankHire.Booking;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Notifications;
using BankHire.Tests.Notifications;

namespace BankHire.Tests.Booking;

/// <summary>The 24-hour nudge, the reminder an hour before the slot and closing at expiry, driven by the manual clock.</summary>
[Collection(NotifyClusterCollection.Name)]
public sealed class FollowUpReminderTests(NotifyClusterFixture fixture)
{
    private async Task<(string Job, Guid Candidate, Guid Interview, string Email)> InvitedAsync(TimeSpan validFor)
    {
        var email = $"{Guid.NewGuid():N}@example.edu.cn";
        var (job, candidate) = await fixture.CandidateAsync(email: email);
        await fixture.Grains.GetGrain<ICandidateGrain>(candidate).MoveToAsync(CandidateStage.Invited, "hr", null);
        var interview = Guid.NewGuid();
        var expiresAt = fixture.Clock.GetUtcNow() + validFor;
        await fixture.Grains.GetGrain<IInterviewSessionGrain>(interview).CreateAsync(new InterviewInvitation(candidate, job, 1, expiresAt));
        await fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview).StartAsync(
            new FollowUpPlan(candidate, job, $"https://hr.bank.example/interview.html#token={interview:N}", expiresAt, [InvitationChannel.Email], "zh-CN"));
        return (job, candidate, interview, email);
    }

    private Task<System.Collections.Immutable.ImmutableArray<DeliveryRecord>> Deliveries(Guid candidate) =>
        fixture.Grains.GetGrain<ICandidateNotificationsGrain>(candidate).ListAsync().AsTask();

    [Fact]
    public async Task A_candidate_who_has_not_booked_after_24_hours_is_nudged_once()
    {
        var (_, candidate, interview, email) = await InvitedAsync(TimeSpan.FromDays(7));
        var followUp = fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview);
        Assert.Equal(fixture.Clock.GetUtcNow().AddHours(24), (await followUp.GetAsync()).NextCheckAt);

        fixture.Clock.Advance(TimeSpan.FromHours(23));
        await followUp.CheckDueAsync();
        Assert.Empty(await Deliveries(candidate));

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        var after = await followUp.CheckDueAsync();
        await followUp.CheckDueAsync();

        var nudge = Assert.Single(await Deliveries(candidate));
        Assert.Equal((MessageKind.Nudge, DeliveryStatus.Sent), (nudge.Kind, nudge.Status));
        Assert.NotNull(after.NudgedAt);
        Assert.Contains("尚未预约", Assert.Single(fixture.Smtp.To(email)).Message.TextBody);
    }

    [Fact]
    public async Task A_booked_candidate_is_reminded_one_hour_before_the_slot_and_not_nudged()
    {
        var (job, candidate, interview, email) = await InvitedAsync(TimeSpan.FromDays(7));
        var calendar = fixture.Grains.GetGrain<IBookingCalendarGrain>(job);
        var starts = fixture.Clock.GetUtcNow().AddDays(2);
        var slot = await calendar.PublishAsync(new SlotDraft(starts, 30, 10, starts.AddHours(-6), null));
        var followUp = fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview);

        await followUp.BookAsync(job, candidate, slot.Id);

        Assert.Equal(InterviewStatus.Booked, (await fixture.Grains.GetGrain<IInterviewSessionGrain>(interview).GetAsync())!.Status);
        Assert.Equal(CandidateStage.Booked, (await fixture.Grains.GetGrain<ICandidateGrain>(candidate).GetAsync())!.Stage);
        Assert.Equal(starts.AddHours(-1), (await followUp.GetAsync()).NextCheckAt);

        fixture.Clock.Advance(TimeSpan.FromHours(30)); // past the nudge time: booked, so no nudge
        await followUp.CheckDueAsync();
        Assert.Equal(MessageKind.Booked, Assert.Single(await Deliveries(candidate)).Kind); // only the booking's confirmation

        fixture.Clock.Advance(starts.AddHours(-1) - fixture.Clock.GetUtcNow());
        await followUp.CheckDueAsync();
        await followUp.CheckDueAsync();
        var reminder = Assert.Single(await Deliveries(candidate), d => d.Kind != MessageKind.Booked);
        Assert.Equal(MessageKind.Reminder, reminder.Kind);
        var mail = Assert.Single(fixture.Smtp.To(email), m => m.Message.Subject?.Contains("将于") == true);
        Assert.Null(mail.Message.Attachments.FirstOrDefault()); // a reminder carries no second invitation
    }

    [Fact]
    public async Task An_expired_invitation_closes_and_gives_its_seat_back()
    {
        var (job, candidate, interview, _) = await InvitedAsync(TimeSpan.FromDays(3));
        var calendar = fixture.Grains.GetGrain<IBookingCalendarGrain>(job);
        var starts = fixture.Clock.GetUtcNow().AddDays(2);
        var slot = await calendar.PublishAsync(new SlotDraft(starts, 30, 1, starts.AddHours(-1), null));
        var followUp = fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview);
        await followUp.BookAsync(job, candidate, slot.Id);

        fixture.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var closed = await followUp.CheckDueAsync();

        Assert.NotNull(closed.ClosedAt);
        Assert.Null(closed.NextCheckAt);
        Assert.Equal(0, (await calendar.ListAsync()).Single().Booked);
        await Assert.ThrowsAsync<BookingException>(() => followUp.BookAsync(job, candidate, slot.Id).AsTask());
    }

    [Fact]
    public async Task A_slot_after_the_invitation_expires_is_refused_and_the_seat_returned()
    {
        var (job, candidate, interview, _) = await InvitedAsync(TimeSpan.FromDays(1));
        var calendar = fixture.Grains.GetGrain<IBookingCalendarGrain>(job);
        var starts = fixture.Clock.GetUtcNow().AddDays(2);
        var slot = await calendar.PublishAsync(new SlotDraft(starts, 30, 1, starts.AddHours(-1), null));

        await Assert.ThrowsAsync<InterviewStateException>(() =>
            fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview).BookAsync(job, candidate, slot.Id).AsTask());

        Assert.Equal(0, (await calendar.ListAsync()).Single().Booked);
    }

    [Fact]
    public async Task The_follow_up_survives_a_restart_and_nudges_afterwards()
    {
        var (_, candidate, interview, _) = await InvitedAsync(TimeSpan.FromDays(7));
        await fixture.RestartAsync();
        fixture.Clock.Advance(TimeSpan.FromHours(25));

        var after = await fixture.Grains.GetGrain<IInterviewFollowUpGrain>(interview).CheckDueAsync();

        Assert.NotNull(after.NudgedAt);
        Assert.Equal(MessageKind.Nudge, Assert.Single(await Deliveries(candidate)).Kind);
    }
}
