using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Web.Candidates;
using BankHire.Web.CandidateStatus;
using BankHire.Web.Jobs;
using BankHire.Web.Problems;

namespace BankHire.Web.Invitations;

/// <summary>
/// Invites one candidate to the AI interview: a session pinned to the rubric version and its question
/// order, attached to the candidate, the candidate moved to Invited, and a signed, expiring, revocable link.
/// </summary>
public sealed class InterviewInviter(IGrainFactory grains, InvitationTokenService tokens, CandidateLinks links, TimeProvider clock)
{
    /// <summary>Invites the candidate, again if they were invited before (a new session each time).</summary>
    public async Task<InvitationView> InviteAsync(Guid candidateId, int expiresInDays, string actor) =>
        (await InviteAsync(candidateId, expiresInDays, actor, firstOnly: false))!;

    /// <summary>Invites the candidate unless they already have an interview or are past screening; then null.</summary>
    public Task<InvitationView?> InviteIfNotYetInvitedAsync(Guid candidateId, int expiresInDays, string actor) =>
        InviteAsync(candidateId, expiresInDays, actor, firstOnly: true);

    /// <summary>How long an invitation may stay open: the rule every request that invites checks.</summary>
    public static void CheckExpiry(int expiresInDays)
    {
        if (expiresInDays is < 1 or > 60) throw ApiProblemException.Invalid("expiresInDays", "'expiresInDays' must be between 1 and 60.");
    }

    private async Task<InvitationView?> InviteAsync(Guid candidateId, int expiresInDays, string actor, bool firstOnly)
    {
        CheckExpiry(expiresInDays);
        var candidateGrain = grains.GetGrain<ICandidateGrain>(candidateId);
        var candidate = await candidateGrain.GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {candidateId}", "id");
        var job = await grains.GetGrain<IJobRubricGrain>(candidate.Application.JobId).GetAsync()
            ?? throw new JobNotFoundException(candidate.Application.JobId);
        var expiresAt = clock.GetUtcNow().AddDays(expiresInDays);
        var interviewId = Guid.NewGuid();
        var questions = QuestionOrderPlanner.Plan(CompetencyModelGate.Read(job.Rubric.ModelJson), interviewId);
        await grains.GetGrain<IInterviewSessionGrain>(interviewId).CreateAsync(new InterviewInvitation(candidateId, job.Id, job.Rubric.Version, expiresAt, questions));
        // The candidate grain decides who was first, so two top-N actions at once cannot both invite one person;
        // the loser's session stays unattached and is never sent.
        if (firstOnly)
        {
            if (!await candidateGrain.AttachFirstInterviewAsync(interviewId)) return null;
        }
        else
        {
            // A re-invite replaces the earlier links: only the newest invitation opens anything.
            foreach (var earlier in candidate.InterviewIds)
                await grains.GetGrain<IInterviewSessionGrain>(earlier).RevokeTokensAsync();
            await candidateGrain.AttachInterviewAsync(interviewId);
        }
        if (candidate.Stage is CandidateStage.Applied or CandidateStage.Screened)
            await candidateGrain.MoveToAsync(CandidateStage.Invited, actor, "invited to the AI interview");
        var token = await tokens.IssueAsync(grains, interviewId, expiresAt);
        var link = links.Interview(token);
        return new InvitationView(interviewId, candidateId, token, link, expiresAt);
    }
}
