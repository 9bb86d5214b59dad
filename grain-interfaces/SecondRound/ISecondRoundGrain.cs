using System.Collections.Immutable;

namespace BankHire.SecondRound;

/// <summary>The second-round interview of one candidate. Keyed by candidate id.</summary>
[Alias("bankhire.ISecondRoundGrain")]
public interface ISecondRoundGrain : IGrainWithGuidKey
{
    /// <summary>Assigns the interviewers (replacing earlier ones; their scorecards stay) and the time.</summary>
    [Alias("Assign")] ValueTask<SecondRoundSnapshot> AssignAsync(ImmutableArray<string> interviewers, DateTimeOffset? scheduledAt, string actor);

    /// <summary>Stores the interviewer's scorecard, replacing their earlier one. <paramref name="anyInterviewer"/> lets an
    /// HR admin hand one in for an interviewer who was not assigned.</summary>
    [Alias("Submit")] ValueTask<SecondRoundSnapshot> SubmitAsync(Scorecard scorecard, bool anyInterviewer);

    /// <summary>The round, or null if none was scheduled.</summary>
    [Alias("Get")] ValueTask<SecondRoundSnapshot?> GetAsync();
}
