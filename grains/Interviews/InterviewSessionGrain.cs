using BankHire.Persistence;

namespace BankHire.Interviews;

/// <summary>Lifecycle of one AI interview: invited → booked → in progress → completed, or expired.</summary>
[GrainType("interview-session")]
public sealed class InterviewSessionGrain(
    [PersistentState("interview-session")] IPersistentState<InterviewSessionState> state,
    TimeProvider clock) : Grain, IInterviewSessionGrain
{
    public async ValueTask<InterviewSnapshot> CreateAsync(InterviewInvitation invitation)
    {
        if (state.State.Interview is { } existing) return existing;
        return await SaveAsync(new InterviewSnapshot(
            this.GetPrimaryKey(), invitation, InterviewStatus.Invited, clock.GetUtcNow(), null, null, null));
    }

    public ValueTask<InterviewSnapshot?> GetAsync()
    {
        var interview = state.State.Interview;
        if (interview is not null && IsExpired(interview)) interview = interview with { Status = InterviewStatus.Expired };
        return ValueTask.FromResult(interview);
    }

    public async ValueTask<InterviewSnapshot> BookAsync(DateTimeOffset slot)
    {
        var current = Open(InterviewStatus.Invited, InterviewStatus.Booked);
        if (slot > current.Invitation.ExpiresAt)
            throw new InterviewStateException($"The slot {slot:O} is after the invitation expires ({current.Invitation.ExpiresAt:O}).");
        return await SaveAsync(current with { Status = InterviewStatus.Booked, BookedSlot = slot });
    }

    public async ValueTask<InterviewSnapshot> StartAsync()
    {
        var current = state.State.Interview;
        if (current?.Status == InterviewStatus.InProgress) return current;
        current = Open(InterviewStatus.Invited, InterviewStatus.Booked);
        return await SaveAsync(current with { Status = InterviewStatus.InProgress, StartedAt = clock.GetUtcNow() });
    }

    public async ValueTask<InterviewSnapshot> CompleteAsync()
    {
        var current = state.State.Interview;
        if (current?.Status == InterviewStatus.Completed) return current;
        current = Open(InterviewStatus.InProgress);
        return await SaveAsync(current with { Status = InterviewStatus.Completed, CompletedAt = clock.GetUtcNow() });
    }

    private bool IsExpired(InterviewSnapshot interview) =>
        interview.Status is InterviewStatus.Invited or InterviewStatus.Booked && clock.GetUtcNow() > interview.Invitation.ExpiresAt;

    private InterviewSnapshot Open(params InterviewStatus[] allowed)
    {
        var current = state.State.Interview ?? throw new InterviewStateException($"Interview {this.GetPrimaryKey()} does not exist.");
        if (IsExpired(current)) throw new InterviewStateException("The invitation has expired.");
        if (!allowed.Contains(current.Status))
            throw new InterviewStateException($"The interview is {current.Status}; this needs it to be {string.Join(" or ", allowed)}.");
        return current;
    }

    private async ValueTask<InterviewSnapshot> SaveAsync(InterviewSnapshot interview)
    {
        state.State.Interview = interview;
        await state.WriteOrReloadAsync(this);
        return interview;
    }
}
