using BankHire.Interviews;
using BankHire.Tests.Grains;

namespace BankHire.Tests.Booking;

/// <summary>
/// A booked slot binds the interview to its window (the default policy: from 15 minutes before the slot, started at most
/// 30 minutes late, answers taken for the slot's length after that), driven by the cluster's manual clock.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BookedWindowTests(ClusterFixture fixture)
{
    private async Task<IInterviewSessionGrain> BookedAsync(TimeSpan slotIn, int minutes)
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        await grain.CreateAsync(new InterviewInvitation(Guid.NewGuid(), "teller-2027", 3, fixture.Clock.GetUtcNow().AddDays(5)));
        await grain.BookAsync(fixture.Clock.GetUtcNow() + slotIn, minutes);
        await grain.GiveConsentAsync(new ConsentChoice(true, true, true, false, "v1", "en", "127.0.0.1"));
        return grain;
    }

    [Fact]
    public async Task A_booked_interview_cannot_start_before_its_window_opens_and_starts_once_it_has()
    {
        var slot = fixture.Clock.GetUtcNow().AddMinutes(40).ToOffset(TimeSpan.FromHours(8));
        var grain = await BookedAsync(slot - fixture.Clock.GetUtcNow(), 30);

        var early = await Assert.ThrowsAsync<InterviewWindowException>(() => grain.StartAsync().AsTask());
        Assert.Equal("notYetOpen", early.Code);
        Assert.Equal(slot.AddMinutes(-15), early.OpensAt);
        Assert.Equal(slot, early.SlotStartsAt);
        Assert.Contains($"opens at {slot.AddMinutes(-15):yyyy-MM-dd HH:mm} UTC+08:00 (Asia/Shanghai)", early.Message);
        Assert.Equal("Asia/Shanghai", early.TimeZone);
        Assert.Equal(InterviewStatus.Booked, (await grain.GetAsync())!.Status);

        fixture.Clock.Advance(TimeSpan.FromMinutes(30)); // 10 minutes before the slot
        Assert.Equal(InterviewStatus.InProgress, (await grain.StartAsync()).Status);
    }

    [Fact]
    public async Task A_booked_interview_cannot_start_after_its_latest_start()
    {
        var grain = await BookedAsync(TimeSpan.FromMinutes(5), 30);
        fixture.Clock.Advance(TimeSpan.FromMinutes(36)); // the slot began 31 minutes ago

        var late = await Assert.ThrowsAsync<InterviewWindowException>(() => grain.StartAsync().AsTask());
        Assert.Equal("windowClosed", late.Code);
        Assert.Equal(InterviewStatus.Booked, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task Answers_are_refused_once_the_booked_window_has_closed()
    {
        var grain = await BookedAsync(TimeSpan.FromMinutes(5), 20);
        await grain.StartAsync();
        var closesAt = fixture.Clock.GetUtcNow().AddMinutes(5 + 30 + 20);

        fixture.Clock.Advance(TimeSpan.FromMinutes(5 + 30 + 21));
        var closed = await Assert.ThrowsAsync<InterviewWindowException>(() => grain.BeginQuestionAsync("teller-q1", false).AsTask());
        Assert.Equal("windowClosed", closed.Code);
        Assert.Equal(closesAt, closed.ClosesAt);
        await Assert.ThrowsAsync<InterviewWindowException>(() => grain.FinishQuestionAsync("teller-q1", new AnswerFinish(0, 0, 0, "text")).AsTask());
    }

    [Fact]
    public async Task An_interview_nobody_booked_starts_any_time_when_the_policy_does_not_require_booking()
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        await grain.CreateAsync(new InterviewInvitation(Guid.NewGuid(), "teller-2027", 3, fixture.Clock.GetUtcNow().AddDays(5)));
        await grain.GiveConsentAsync(new ConsentChoice(true, true, true, false, "v1", "en", "127.0.0.1"));

        Assert.Equal(InterviewStatus.InProgress, (await grain.StartAsync()).Status);
    }
}
