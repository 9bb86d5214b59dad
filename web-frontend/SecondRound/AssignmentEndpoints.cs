using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.SecondRound;
using BankHire.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.SecondRound;

/// <summary>An interviewer's worklist: the candidates whose second round names the signed-in user.</summary>
public static class AssignmentEndpoints
{
    /// <summary>One assigned candidate: who, for which job, where they stand, when, and whether the scorecard is in.</summary>
    public sealed record Assignment(Guid CandidateId, string FullName, string JobId, CandidateStage Stage, DateTimeOffset? ScheduledAt, bool ScorecardSubmitted);

    public static void MapAssignments(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/assignments", ListAsync).WithTags("Second round").RequireAuthorization(AuthPolicies.Interviewing)
            .WithName("MyAssignments")
            .WithSummary("The signed-in interviewer's second-round assignments, soonest first.");

    private static async Task<Ok<List<Assignment>>> ListAsync(IGrainFactory grains, HttpContext http)
    {
        var me = http.User.Identity!.Name!;
        var assignments = new List<Assignment>();
        foreach (var key in await grains.GetGrain<IIndexGrain>(IndexKeys.AssignmentsOf(me)).ListAsync())
        {
            var id = Guid.Parse(key);
            // The index is a worklist; the round itself decides (it may have been re-assigned since).
            if (await grains.GetGrain<ISecondRoundGrain>(id).GetAsync() is not { } round
                || !round.Interviewers.Contains(me, StringComparer.OrdinalIgnoreCase)
                || await grains.GetGrain<ICandidateGrain>(id).GetAsync() is not { } candidate) continue;
            assignments.Add(new Assignment(id, candidate.Application.Contact.FullName, candidate.Application.JobId, candidate.Stage, round.ScheduledAt,
                round.Scorecards.Any(s => string.Equals(s.Interviewer, me, StringComparison.OrdinalIgnoreCase))));
        }
        return TypedResults.Ok(assignments.OrderBy(a => a.ScheduledAt ?? DateTimeOffset.MaxValue).ToList());
    }
}
