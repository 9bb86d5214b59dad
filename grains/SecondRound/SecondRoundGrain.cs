using BankHire.Indexes;
using BankHire.Persistence;

namespace BankHire.SecondRound;

/// <summary>Interviewers, time and scorecards of one candidate's second round.</summary>
[GrainType("second-round")]
public sealed class SecondRoundGrain(
    [PersistentState("second-round")] IPersistentState<SecondRoundState> state) : Grain, ISecondRoundGrain
{
    public async ValueTask<SecondRoundSnapshot> AssignAsync(System.Collections.Immutable.ImmutableArray<string> interviewers, DateTimeOffset? scheduledAt, string actor)
    {
        var scorecards = state.State.Round?.Scorecards ?? [];
        var before = state.State.Round?.Interviewers ?? [];
        var saved = await SaveAsync(new SecondRoundSnapshot(this.GetPrimaryKey(), [.. interviewers.Distinct(StringComparer.OrdinalIgnoreCase)], scheduledAt, actor, scorecards));
        // Each interviewer's worklist (GET /api/me/assignments); a repeated assignment adds nothing.
        var candidate = this.GetPrimaryKey().ToString();
        foreach (var added in saved.Interviewers.Except(before, StringComparer.OrdinalIgnoreCase))
            await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.AssignmentsOf(added)).AddAsync(candidate);
        foreach (var dropped in before.Except(saved.Interviewers, StringComparer.OrdinalIgnoreCase))
            await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.AssignmentsOf(dropped)).RemoveAsync(candidate);
        return saved;
    }

    public async ValueTask<SecondRoundSnapshot> SubmitAsync(Scorecard scorecard, bool anyInterviewer)
    {
        var round = state.State.Round ?? throw new ScorecardRefusedException("No second round has been scheduled for this candidate.");
        if (!anyInterviewer && !round.Interviewers.Contains(scorecard.Interviewer, StringComparer.OrdinalIgnoreCase))
            throw new ScorecardRefusedException($"'{scorecard.Interviewer}' is not assigned to this candidate's second round (assigned: {string.Join(", ", round.Interviewers)}).");
        var others = round.Scorecards.Where(s => !string.Equals(s.Interviewer, scorecard.Interviewer, StringComparison.OrdinalIgnoreCase));
        return await SaveAsync(round with { Scorecards = [.. others, scorecard] });
    }

    public ValueTask<SecondRoundSnapshot?> GetAsync() => ValueTask.FromResult(state.State.Round);

    private async ValueTask<SecondRoundSnapshot> SaveAsync(SecondRoundSnapshot round)
    {
        state.State.Round = round;
        await state.WriteOrReloadAsync(this);
        return round;
    }
}
