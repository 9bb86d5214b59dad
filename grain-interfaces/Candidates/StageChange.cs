namespace BankHire.Candidates;

/// <summary>One move in the pipeline, with who made it and why (feeds time-to-hire and the audit trail).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.StageChange")]
public sealed record StageChange(CandidateStage From, CandidateStage To, DateTimeOffset At, string Actor, string? Reason);
