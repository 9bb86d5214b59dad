namespace BankHire.Interviews;

/// <summary>An invitation to the AI interview for one candidate, pinned to the rubric version in force.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewInvitation")]
public sealed record InterviewInvitation(Guid CandidateId, string JobId, int RubricVersion, DateTimeOffset ExpiresAt);
