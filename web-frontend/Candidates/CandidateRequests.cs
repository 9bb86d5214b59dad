using BankHire.Candidates;

namespace BankHire.Web.Candidates;

public sealed record NewCandidate(
    string FullName,
    string JobId,
    string? Email = null,
    string? Phone = null,
    string? School = null,
    string? Major = null,
    int? GraduationYear = null,
    string? Source = null);

public sealed record CandidatePatch(
    string? FullName = null, string? Email = null, string? Phone = null, string? School = null, string? Major = null, int? GraduationYear = null, string? Notes = null);

public sealed record StageMove(CandidateStage Stage, string? Reason = null);

/// <summary>HR's decision on the AI suggestion; <c>Reason</c> (≤ 500 characters) is required when it differs from the AI.</summary>
public sealed record DecisionRequest(HiringVerdict Decision, string? Reason = null);

public sealed record InvitationRequest(int ExpiresInDays = 7);

public sealed record InvitationView(Guid InterviewId, Guid CandidateId, string Token, string Link, DateTimeOffset ExpiresAt);

/// <summary>One stage move applied to many candidates; each is moved or refused on its own.</summary>
public sealed record BulkStageMove(IReadOnlyList<Guid> CandidateIds, CandidateStage Stage, string? Reason = null);

/// <summary>What a bulk move did to one candidate: <paramref name="Stage"/> is where they are now (null when not found);
/// <paramref name="Error"/> says why it was not moved (not found, move not allowed).</summary>
public sealed record BulkStageResult(Guid CandidateId, bool Moved, CandidateStage? Stage, string? Error);
