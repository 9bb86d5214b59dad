using BankHire.Candidates;

namespace BankHire.Resumes;

/// <summary>A candidate grain write the pool has promised but not yet seen succeed.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.PendingCandidate")]
public sealed record PendingCandidate(CandidateApplication Application, ResumeScreening Screening);
