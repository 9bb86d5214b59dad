using BankHire.Web.Candidates;

namespace BankHire.Web.Resumes;

public sealed record TopInvitationsRequest(int Count, int ExpiresInDays = 7) : BankHire.Web.Problems.IValidatedRequest
{
    public void Validate()
    {
        BankHire.Web.Problems.Require.Range(Count, 1, 500, "count");
        BankHire.Web.Invitations.InterviewInviter.CheckExpiry(ExpiresInDays);
    }
}

/// <summary>One candidate the top-N action invited, with their place in the ranking and their link.</summary>
public sealed record TopInvitation(int Rank, Guid CandidateId, string Name, double Score, InvitationView Invitation);

/// <summary>What the top-N action did: how many were asked for, who was invited, and how many top candidates were skipped as already invited.</summary>
public sealed record TopInvitationsResult(int Requested, IReadOnlyList<TopInvitation> Invited, int AlreadyInvited);
