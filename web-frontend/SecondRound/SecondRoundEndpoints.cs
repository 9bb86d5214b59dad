using System.Collections.Immutable;
using BankHire.Candidates;
using BankHire.Identity;
using BankHire.Jobs;
using BankHire.SecondRound;
using BankHire.Web.Identity;
using BankHire.Web.Jobs;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.SecondRound;

/// <summary>Second round (复试): HR assigns interviewers, who hand in a scorecard per competency on the AI's scale.</summary>
public static class SecondRoundEndpoints
{

    public static void MapSecondRound(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidates/{id:guid}/second-round").WithTags("Second round");
        group.MapGet("", GetAsync).RequireAuthorization(AuthPolicies.AnyHr);
        group.MapPost("", AssignAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Assigns second-round interviewers and a time; a candidate who completed the AI interview moves to SecondRound.");
        group.MapPut("/scorecard", SubmitAsync).RequireAuthorization(AuthPolicies.Interviewing)
            .WithSummary("The signed-in interviewer's scorecard (an HR admin may name another interviewer); replaces their earlier one.");
    }

    private static async Task<SecondRoundSnapshot> GetAsync(Guid id, IGrainFactory grains)
    {
        await CandidateAsync(id, grains);
        return await grains.GetGrain<ISecondRoundGrain>(id).GetAsync() ?? throw ApiProblemException.NotFound($"A second round for candidate {id}", "id");
    }

    private static async Task<SecondRoundSnapshot> AssignAsync(Guid id, SecondRoundAssignment request, IGrainFactory grains, UserManager<HrUser> users, HttpContext http)
    {
        var candidate = await CandidateAsync(id, grains);
        var interviewers = request.Interviewers.Select(n => n.Trim()).ToImmutableArray();
        foreach (var name in interviewers)
        {
            var user = await users.FindByNameAsync(name);
            if (user is null || !user.Roles.Any(r => r is HrRoles.Interviewer or HrRoles.Recruiter or HrRoles.Admin))
                throw ApiProblemException.Invalid("interviewers", $"'{name}' is not an HR user who may interview.");
        }
        var actor = http.User.Identity!.Name!;
        var round = await grains.GetGrain<ISecondRoundGrain>(id).AssignAsync(interviewers, request.ScheduledAt, actor);
        if (candidate.Stage == CandidateStage.Completed)
            await grains.GetGrain<ICandidateGrain>(id).MoveToAsync(CandidateStage.SecondRound, actor, $"second round with {string.Join(", ", interviewers)}");
        return round;
    }

    private static async Task<SecondRoundSnapshot> SubmitAsync(Guid id, ScorecardInput input, IGrainFactory grains, HttpContext http, TimeProvider clock)
    {
        var candidate = await CandidateAsync(id, grains);
        var job = await grains.GetGrain<IJobRubricGrain>(candidate.Application.JobId).GetAsync() ?? throw new JobNotFoundException(candidate.Application.JobId);
        var competencies = CompetencyModelGate.Read(job.Rubric.ModelJson).Competencies.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var checkedRatings = input.Ratings.Select((r, i) =>
        {
            var key = r.CompetencyKey.Trim();
            if (!competencies.Contains(key))
                throw ApiProblemException.Invalid($"ratings[{i}].competencyKey", $"'{key}' is not a competency of job '{job.Id}' ({string.Join(", ", competencies)}).");
            return new CompetencyRating(key, r.Score);
        }).ToImmutableArray();

        var signedIn = http.User.Identity!.Name!;
        var isAdmin = http.User.IsInRole(HrRoles.Admin);
        var interviewer = Require.OptionalText(input.Interviewer, "interviewer", 64) ?? signedIn;
        if (!isAdmin && !string.Equals(interviewer, signedIn, StringComparison.OrdinalIgnoreCase))
            throw new ApiProblemException(403, "Forbidden", "Only an HR admin may hand in a scorecard for someone else.", "interviewer");
        var scorecard = new Scorecard(interviewer, checkedRatings, input.Verdict, Require.OptionalText(input.Comment, "comment", 2000), clock.GetUtcNow());
        return await grains.GetGrain<ISecondRoundGrain>(id).SubmitAsync(scorecard, anyInterviewer: isAdmin);
    }

    private static async Task<CandidateSnapshot> CandidateAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<ICandidateGrain>(id).GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {id}", "id");
}
