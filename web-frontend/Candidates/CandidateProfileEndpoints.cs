using System.Collections.Immutable;
using BankHire.Candidates;
using BankHire.Scoring;
using BankHire.SecondRound;
using BankHire.Web.Evidence;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Authorization;

namespace BankHire.Web.Candidates;

/// <summary>The 360° profile: the candidate, the resume screening, every AI interview report, the second round's
/// scorecards and the stage history, in one read for the HR console.</summary>
public static class CandidateProfileEndpoints
{
    /// <summary>One candidate seen whole; <c>Report</c> is the stored report document (JSON text) of the latest interview, null until scored.
    /// The AI's suggestion and HR's latest decision are <c>Suggestion</c> and <c>Decision</c>; <c>Decisions</c> is every decision, oldest first.
    /// <c>Answers</c> is the evidence (transcript, explanations, frames) behind each scored answer of the latest interview.
    /// <c>FeedbackReleased</c> says whether the candidate may read the latest scored interview's feedback (null until scored).</summary>
    public sealed record CandidateProfile(
        CandidateSnapshot Candidate,
        ResumeScreening? Screening,
        ImmutableArray<InterviewReportSummary> Interviews,
        string? Report,
        SecondRoundSnapshot? SecondRound,
        InterviewSuggestion? Suggestion,
        HrDecision? Decision,
        ImmutableArray<HrDecision> Decisions,
        ImmutableArray<AnswerEvidence> Answers,
        bool? FeedbackReleased);

    public static void MapCandidateProfile(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/candidates/{id:guid}/profile", ProfileAsync).WithTags("Candidates").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The 360° profile: candidate, screening, AI interview reports, second-round scorecards, stage history.");
    }

    private static async Task<CandidateProfile> ProfileAsync(Guid id, IGrainFactory grains, HttpContext http)
    {
        var grain = grains.GetGrain<ICandidateGrain>(id);
        var candidate = await grain.GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {id}", "id");
        var interviews = await grain.GetInterviewReportsAsync();
        var latest = interviews.IsDefaultOrEmpty ? null : await grains.GetGrain<IInterviewScoringGrain>(interviews[^1].InterviewId).GetAsync();
        return new CandidateProfile(
            candidate,
            await grain.GetScreeningAsync(),
            interviews.IsDefault ? [] : interviews,
            latest?.Json,
            await grains.GetGrain<ISecondRoundGrain>(id).GetAsync(),
            candidate.Suggestion,
            candidate.Decision,
            await grain.GetDecisionsAsync(),
            interviews.IsDefaultOrEmpty ? [] : await InterviewEvidence.ReadAsync(grains, interviews[^1].InterviewId,
                BankHire.Web.Access.AccessDecision.GrantedTo(http).HasFlag(BankHire.Web.Access.PersonalData.Frames)),
            latest?.FeedbackReleased);
    }
}
