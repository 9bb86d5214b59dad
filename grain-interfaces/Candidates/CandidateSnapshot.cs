using System.Collections.Immutable;

namespace BankHire.Candidates;

/// <param name="Suggestion">The latest AI interview report's suggestion (null before a scorable report).</param>
/// <param name="Decision">HR's latest decision on it (the history is on the profile).</param>
[GenerateSerializer, Immutable, Alias("bankhire.CandidateSnapshot")]
public sealed record CandidateSnapshot(
    Guid Id,
    CandidateApplication Application,
    CandidateStage Stage,
    DateTimeOffset CreatedAt,
    ImmutableArray<StageChange> History,
    ImmutableArray<Guid> InterviewIds,
    string? Notes,
    InterviewSuggestion? Suggestion = null,
    HrDecision? Decision = null);
