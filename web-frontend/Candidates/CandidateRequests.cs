using BankHire.Candidates;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;

namespace BankHire.Web.Candidates;

/// <summary>A candidate HR registers by hand; whether the job exists is checked by the handler.</summary>
public sealed record NewCandidate(
    string FullName,
    string JobId,
    string? Email = null,
    string? Phone = null,
    string? School = null,
    string? Major = null,
    int? GraduationYear = null,
    string? Source = null) : IValidatedRequest
{
    public void Validate() => Application();

    public CandidateApplication Application() => new(
        new CandidateContact(Require.Text(FullName, "fullName", 100), Require.Email(Email, "email"), Require.OptionalText(Phone, "phone", 32)),
        Require.Text(JobId, "jobId", 64),
        Require.OptionalText(School, "school"),
        Require.OptionalText(Major, "major"),
        CandidateFields.GraduationYear(GraduationYear),
        Require.OptionalText(Source, "source", 64) ?? "hr-console");
}

/// <summary>Fields to change; null leaves a field as it is.</summary>
public sealed record CandidatePatch(
    string? FullName = null, string? Email = null, string? Phone = null, string? School = null, string? Major = null, int? GraduationYear = null, string? Notes = null)
    : IValidatedRequest
{
    public void Validate()
    {
        Require.OptionalText(FullName, "fullName", 100);
        Require.Email(Email, "email");
        Require.OptionalText(Phone, "phone", 32);
        Require.OptionalText(School, "school");
        Require.OptionalText(Major, "major");
        CandidateFields.GraduationYear(GraduationYear);
        Require.OptionalText(Notes, "notes", 2000);
    }

    public bool ChangesContact => FullName is not null || Email is not null || Phone is not null;

    public CandidateContact Contact(CandidateContact current) => new(
        Require.OptionalText(FullName, "fullName", 100) ?? current.FullName,
        Require.Email(Email, "email") ?? current.Email,
        Require.OptionalText(Phone, "phone", 32) ?? current.Phone);
}

public sealed record StageMove(CandidateStage Stage, string? Reason = null) : IValidatedRequest
{
    public void Validate()
    {
        CandidateFields.Stage(Stage);
        Require.OptionalText(Reason, "reason", 500);
    }
}

/// <summary>HR's decision on the AI suggestion; <c>Reason</c> (≤ 500 characters) is required when it differs from the AI.</summary>
public sealed record DecisionRequest(HiringVerdict Decision, string? Reason = null) : IValidatedRequest
{
    public void Validate()
    {
        if (!Enum.IsDefined(Decision)) throw ApiProblemException.Invalid("decision", "'decision' must be PriorityHire, SecondRound or Reject.");
        Require.OptionalText(Reason, "reason", 500);
    }
}

public sealed record InvitationRequest(int ExpiresInDays = 7) : IValidatedRequest
{
    public void Validate() => InterviewInviter.CheckExpiry(ExpiresInDays);
}

public sealed record InvitationView(Guid InterviewId, Guid CandidateId, string Token, string Link, DateTimeOffset ExpiresAt);

/// <summary>One stage move applied to many candidates; each is moved or refused on its own.</summary>
public sealed record BulkStageMove(IReadOnlyList<Guid> CandidateIds, CandidateStage Stage, string? Reason = null) : IValidatedRequest
{
    public const int MaxCandidates = 1_000;

    public void Validate()
    {
        if (CandidateIds is not { Count: > 0 }) throw ApiProblemException.Invalid("candidateIds", "'candidateIds' must list at least one candidate.");
        if (CandidateIds.Count > MaxCandidates) throw ApiProblemException.Invalid("candidateIds", $"At most {MaxCandidates} candidates can be moved at once.");
        CandidateFields.Stage(Stage);
        Require.OptionalText(Reason, "reason", 500);
    }
}

/// <summary>What a bulk move did to one candidate: <paramref name="Stage"/> is where they are now (null when not found);
/// <paramref name="Error"/> says why it was not moved (not found, move not allowed).</summary>
public sealed record BulkStageResult(Guid CandidateId, bool Moved, CandidateStage? Stage, string? Error);
