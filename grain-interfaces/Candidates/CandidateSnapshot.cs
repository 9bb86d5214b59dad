using System.Collections.Immutable;

namespace BankHire.Candidates;

[GenerateSerializer, Immutable, Alias("bankhire.CandidateSnapshot")]
public sealed record CandidateSnapshot(
    Guid Id,
    CandidateApplication Application,
    CandidateStage Stage,
    DateTimeOffset CreatedAt,
    ImmutableArray<StageChange> History,
    ImmutableArray<Guid> InterviewIds,
    string? Notes);
