using BankHire.Analysis.ModelCards;
using BankHire.Analysis.Scoring.Json;
using BankHire.Jobs;
using BankHire.Scoring;
using BankHire.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.ModelCards;

/// <summary>
/// The model card: every analyser with its model, source, checksum, what it measures, its measured accuracy on which
/// labelled set, its limits and whether it may count in a score; for a job, which of them its rubric uses and its policy allows.
/// </summary>
public static class ModelCardEndpoints
{
    public sealed record ModelCardView(string Rule, IReadOnlyList<ModelCardEntry> Analysers);

    public sealed record JobModelCardView(string JobId, int RubricVersion, bool FacialIndicatorsAllowed, string Rule,
        IReadOnlyList<ModelCardEntry> Analysers, IReadOnlyList<ModelCardUse> Use);

    /// <summary>What every report obeys, stated once with the card.</summary>
    public const string Rule =
        "A competency whose indicators include what the candidate said is scored on it or not at all; without it the report gives no overall " +
        "score or verdict and asks for human review (需人工复核). A withheld measure never counts in a score.";

    public static void MapModelCards(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/model-card", GetModelCard).WithName("GetModelCard").WithTags("Model card")
            .RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Every analyser: model, source package, version, SHA-256, what it measures, accuracy on which labelled set, limits, released or withheld.");
        app.MapGet("/api/jobs/{jobId}/model-card", GetJobModelCardAsync).WithName("GetJobModelCard").WithTags("Model card")
            .RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The model card with, per analyser, whether this job's current rubric uses it and its policy allows it.");
    }

    private static Ok<ModelCardView> GetModelCard(IConfiguration configuration) =>
        TypedResults.Ok(new ModelCardView(Rule, Catalogue(configuration)));

    private static async Task<Ok<JobModelCardView>> GetJobModelCardAsync(string jobId, IGrainFactory grains, IConfiguration configuration)
    {
        var job = await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() ?? throw new JobNotFoundException(jobId);
        var model = CompetencyModelJson.Deserialize(job.Rubric.ModelJson);
        var entries = Catalogue(configuration);
        return TypedResults.Ok(new JobModelCardView(jobId, job.Rubric.Version, model.Policy.FacialIndicatorsAllowed, Rule, entries,
            ModelCatalogue.ForJob(entries, model)));
    }

    private static IReadOnlyList<ModelCardEntry> Catalogue(IConfiguration configuration) =>
        ModelCatalogue.Build(SpeechEngineConfiguration.Read(configuration));
}
