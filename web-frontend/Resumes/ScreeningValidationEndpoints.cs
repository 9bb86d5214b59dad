using System.Collections.Immutable;
using BankHire.Jobs;
using BankHire.Resumes;
using BankHire.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BankHire.Web.Resumes;

/// <summary>
/// Screening validation: HR uploads resumes it has labelled for a job and sees how far the screening agrees with
/// it — per rubric version, or for a draft model before it is saved.
/// </summary>
public static class ScreeningValidationEndpoints
{
    public static void MapScreeningValidations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/jobs/{jobId}/screening-validations").WithTags("Resumes");
        group.MapPost("", RunScreeningValidationAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithMetadata(new RequestSizeLimitAttribute(ResumeEndpoints.MaxUploadBytes))
            .WithName("RunScreeningValidation")
            .WithSummary("Screens HR's labelled resumes (multipart: files, labels as CSV/XLSX, optional rubricVersion or draftModel) and returns tier agreement, Spearman and pairwise ordering accuracy overall, per language and per format, with the pairs ordered against HR.");
        group.MapGet("", ListScreeningValidationsAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithName("ListScreeningValidations")
            .WithSummary("The job's past screening validations, newest first.");
    }

    public static async Task<Created<ScreeningValidationRun>> RunScreeningValidationAsync(string jobId, HttpContext http, IGrainFactory grains)
    {
        var job = grains.GetGrain<IJobRubricGrain>(jobId);
        if (await job.GetAsync() is null) throw new JobNotFoundException(jobId);
        var request = await ScreeningValidationRequestReader.ReadAsync(http.Request, job, http.User.Identity!.Name!);
        var run = await grains.GetGrain<IScreeningValidationGrain>(jobId).RunAsync(request);
        return TypedResults.Created($"/api/jobs/{Uri.EscapeDataString(jobId)}/screening-validations", run);
    }

    public static async Task<Ok<ImmutableArray<ScreeningValidationRun>>> ListScreeningValidationsAsync(string jobId, IGrainFactory grains)
    {
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw new JobNotFoundException(jobId);
        return TypedResults.Ok(await grains.GetGrain<IScreeningValidationGrain>(jobId).ListAsync());
    }
}
