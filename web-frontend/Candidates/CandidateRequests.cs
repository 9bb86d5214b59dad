using BankHire.Candidates;

namespace BankHire.Web.Candidates;

public sealed record NewCandidate(
    string FullName,
    string JobId,
    string? Email,
    string? Phone,
    string? School,
    string? Major,
    int? GraduationYear,
    string? Source);

public sealed record CandidatePatch(string? FullName, string? Email, string? Phone, string? School, string? Major, int? GraduationYear, string? Notes);

public sealed record StageMove(CandidateStage Stage, string? Reason);

public sealed record InvitationRequest(int ExpiresInDays = 7);

public sealed record InvitationView(Guid InterviewId, Guid CandidateId, string Token, string Link, DateTimeOffset ExpiresAt);
