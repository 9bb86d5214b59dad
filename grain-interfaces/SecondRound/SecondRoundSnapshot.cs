using System.Collections.Immutable;

namespace BankHire.SecondRound;

/// <summary>A candidate's second round: who interviews, when, and the scorecards handed in (one per interviewer, the latest).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.SecondRoundSnapshot")]
public sealed record SecondRoundSnapshot(
    Guid CandidateId,
    ImmutableArray<string> Interviewers,
    DateTimeOffset? ScheduledAt,
    string AssignedBy,
    ImmutableArray<Scorecard> Scorecards);
