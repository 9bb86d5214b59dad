using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Interviews;

public static class InterviewEndpoints
{
    public static void MapInterviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interviews").WithTags("Interviews");
        group.MapGet("/{id:guid}", async (Guid id, IGrainFactory grains) =>
                await grains.GetGrain<IInterviewSessionGrain>(id).GetProgressAsync() is { } progress
                    ? InterviewHrView.From(progress)
                    : throw ApiProblemException.NotFound($"Interview {id}", "id"))
            .RequireAuthorization(AuthPolicies.Interviewing);
        // The stored document as it was scored (rubric and analyser versions inside), byte for byte.
        group.MapGet("/{id:guid}/report", async (Guid id, IGrainFactory grains) =>
                await grains.GetGrain<IInterviewScoringGrain>(id).GetAsync() is { } report
                    ? Results.Text(report.Json, "application/json")
                    : throw ApiProblemException.NotFound($"The report of interview {id}", "id"))
            .RequireAuthorization(AuthPolicies.Interviewing)
            .WithMetadata(BankHire.Web.Integrations.ReportsReadEndpoint.Instance)
            .Produces<string>(contentType: "application/json");
        group.MapPost("/{id:guid}/feedback/release", async (Guid id, IGrainFactory grains) =>
                await grains.GetGrain<IInterviewScoringGrain>(id).ReleaseFeedbackAsync() is { } report
                    ? new { released = report.FeedbackReleased }
                    : throw ApiProblemException.NotFound($"The report of interview {id}", "id"))
            .RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Lets the candidate read the feedback of a scored interview.");
    }
}
