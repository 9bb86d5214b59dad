using System.Collections.Immutable;

namespace BankHire.Interviews;

/// <summary>
/// An invitation to the AI interview for one candidate, pinned to the rubric version in force and to the
/// question ids in the order this candidate gets them (null for sessions created before orders were kept).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewInvitation")]
public sealed record InterviewInvitation(
    Guid CandidateId, string JobId, int RubricVersion, DateTimeOffset ExpiresAt, ImmutableArray<string>? QuestionIds = null);
