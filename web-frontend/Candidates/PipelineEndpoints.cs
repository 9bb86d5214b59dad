using BankHire.Candidates;
using BankHire.Web.Identity;

namespace BankHire.Web.Candidates;

/// <summary>The pipeline's stages in order and the moves each allows, so the console's board offers only those.</summary>
public static class PipelineEndpoints
{
    public sealed record StageMoves(CandidateStage Stage, IReadOnlyList<CandidateStage> Next);

    public static void MapPipeline(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pipeline/stages", Stages)
            .WithTags("Candidates").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Every pipeline stage in order with the stages a candidate may move to from it.");
    }

    private static StageMoves[] Stages() => [.. Enum.GetValues<CandidateStage>().Select(s => new StageMoves(s, PipelineRules.NextStages(s)))];
}
