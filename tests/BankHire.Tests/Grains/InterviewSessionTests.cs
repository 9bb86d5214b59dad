using BankHire.Interviews;

namespace BankHire.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class InterviewSessionTests(ClusterFixture fixture)
{
    private InterviewInvitation Invitation(TimeSpan validFor) =>
        new(Guid.NewGuid(), "teller-2027", 3, fixture.Clock.GetUtcNow() + validFor);

    [Fact]
    public async Task An_interview_goes_from_invited_to_completed_pinned_to_its_rubric_version()
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        await grain.CreateAsync(Invitation(TimeSpan.FromDays(7)));
        // A booked slot binds: this one opens within its 15 minutes' early start.
        await grain.BookAsync(fixture.Clock.GetUtcNow().AddMinutes(10), 30);
        await grain.GiveConsentAsync(new ConsentChoice(true, true, true, false, "v1", "en", "127.0.0.1"));
        await grain.StartAsync();
        var done = await grain.CompleteAsync();

        Assert.Equal(InterviewStatus.Completed, done.Status);
        Assert.Equal(3, done.Invitation.RubricVersion);
        Assert.NotNull(done.StartedAt);
        Assert.NotNull(done.CompletedAt);
    }

    [Fact]
    public async Task Completing_an_interview_that_never_started_is_refused()
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        await grain.CreateAsync(Invitation(TimeSpan.FromDays(7)));

        var refused = await Assert.ThrowsAsync<InterviewStateException>(() => grain.CompleteAsync().AsTask());
        Assert.Contains("Invited", refused.Message);
    }

    [Fact]
    public async Task A_slot_after_the_invitation_expires_is_refused()
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        await grain.CreateAsync(Invitation(TimeSpan.FromDays(3)));

        await Assert.ThrowsAsync<InterviewStateException>(() => grain.BookAsync(fixture.Clock.GetUtcNow().AddDays(4)).AsTask());
    }

    [Fact]
    public async Task An_invitation_past_its_expiry_reads_as_expired_and_cannot_start()
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        var invitation = Invitation(TimeSpan.FromHours(1));
        await grain.CreateAsync(invitation);

        // The shared clock only moves forward, by less than any other test's validity window.
        fixture.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(InterviewStatus.Expired, (await grain.GetAsync())!.Status);
        await Assert.ThrowsAsync<InterviewStateException>(() => grain.StartAsync().AsTask());
    }

    [Fact]
    public async Task A_started_interview_not_completed_by_the_expiry_reads_as_abandoned_and_takes_nothing_more()
    {
        var grain = fixture.Grains.GetGrain<IInterviewSessionGrain>(Guid.NewGuid());
        await grain.CreateAsync(Invitation(TimeSpan.FromHours(1)));
        await grain.GiveConsentAsync(new ConsentChoice(true, true, true, false, "v1", "zh", null));
        await grain.StartAsync();

        fixture.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(InterviewStatus.Abandoned, (await grain.GetAsync())!.Status);
        var refused = await Assert.ThrowsAsync<InterviewStateException>(() => grain.CompleteAsync().AsTask());
        Assert.Contains("abandoned", refused.Message);
    }
}
