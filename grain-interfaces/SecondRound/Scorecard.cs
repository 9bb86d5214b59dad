using System.Collections.Immutable;

namespace BankHire.SecondRound;

/// <summary>One interviewer's structured scorecard from the second round (复试).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Scorecard")]
public sealed record Scorecard(
    string Interviewer,
    ImmutableArray<CompetencyRating> Ratings,
    ScorecardVerdict Verdict,
    string? Comment,
    DateTimeOffset SubmittedAt);

/// <summary>The interviewer's overall view, on the same three steps as the AI's suggestion.</summary>
[GenerateSerializer, Alias("bankhire.ScorecardVerdict")]
public enum ScorecardVerdict { PriorityHire, SecondRoundPassed, Reject }
