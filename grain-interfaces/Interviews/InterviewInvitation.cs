using System.Collections.Immutable;

namespace BankHire.Interviews;

/// <summary>
/// An invitation to the AI interview for one candidate, pinned to the rubric version in force and to the
/// question ids in the order this candidate gets them (null for sessions created before orders were kept), and when the
/// candidate was given the job's notice that an automated tool assesses the interview (null: with the invitation itself).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewInvitation")]
public sealed record InterviewInvitation(
    Guid CandidateId, string JobId, int RubricVersion, DateTimeOffset ExpiresAt, ImmutableArray<string>? QuestionIds = null,
    DateTimeOffset? NoticeGivenAt = null);
