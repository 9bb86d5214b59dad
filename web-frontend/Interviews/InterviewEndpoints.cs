using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Interviews;

public static class InterviewEndpoints
{
    public sealed record FeedbackReleased(bool Released);

    public static void MapInterviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interviews").WithTags("Interviews");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AuthPolicies.Interviewing);
        group.MapGet("/{id:guid}/report", ReportAsync)
            .RequireAuthorization(AuthPolicies.Interviewing)
            .WithMetadata(BankHire.Web.Integrations.ReportsReadEndpoint.Instance)
            .Produces<string>(contentType: "application/json");
        group.MapPost("/{id:guid}/feedback/release", ReleaseFeedbackAsync)
            .RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Lets the candidate read the feedback of a scored interview.");
    }

    private static async Task<InterviewHrView> GetAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IInterviewSessionGrain>(id).GetProgressAsync() is { } progress
            ? InterviewHrView.From(progress)
            : throw ApiProblemException.NotFound($"Interview {id}", "id");

    // The stored document as it was scored (rubric and analyser versions inside), byte for byte.
    private static async Task<ContentHttpResult> ReportAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IInterviewScoringGrain>(id).GetAsync() is { } report
            ? TypedResults.Text(report.Json, "application/json")
            : throw ApiProblemException.NotFound($"The report of interview {id}", "id");

    private static async Task<FeedbackReleased> ReleaseFeedbackAsync(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IInterviewScoringGrain>(id).ReleaseFeedbackAsync() is { } report
            ? new FeedbackReleased(report.FeedbackReleased)
            : throw ApiProblemException.NotFound($"The report of interview {id}", "id");
}
