using System.Text.RegularExpressions;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using BankHire.Analysis.Scoring.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Jobs;

public static partial class JobEndpoints
{
    public static void MapJobs(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/job-templates").WithTags("Jobs").RequireAuthorization(AuthPolicies.AnyHr);
        templates.MapGet("/", Templates)
            .WithSummary("The competency-model templates shipped with BankHire (teller, client manager, risk analyst, IT).");
        templates.MapGet("/{code}", Template).WithSummary("One template's full competency model.");

        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs");
        jobs.MapGet("/", ListAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("All jobs with their current rubric version.");
        jobs.MapPost("/", CreateAsync).RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Creates a job from a template or a full competency model.");
        jobs.MapGet("/{jobId}", GetAsync).RequireAuthorization(AuthPolicies.AnyHr);
        jobs.MapPut("/{jobId}/posting", UpdatePostingAsync).RequireAuthorization(AuthPolicies.Recruiting);
        jobs.MapPut("/{jobId}/model", ReviseAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Stores a new version of the competency model (weights normalised, unknown features rejected).");
        jobs.MapGet("/{jobId}/versions", VersionsAsync).RequireAuthorization(AuthPolicies.AnyHr);
        jobs.MapGet("/{jobId}/versions/{version:int}", VersionAsync)
            .RequireAuthorization(AuthPolicies.AnyHr).WithSummary("Exports one version of the model as JSON.");
    }

    private static IEnumerable<TemplateSummary> Templates() => JobTemplates.Codes.Select(code =>
    {
        var m = JobTemplates.Load(code);
        return new TemplateSummary(code, m.TitleZh, m.TitleEn, [.. m.Competencies.Select(c => c.NameZh)]);
    });

    private static CompetencyModel Template(string code) =>
        JobTemplates.Exists(code) ? JobTemplates.Load(code) : throw ApiProblemException.NotFound($"Template '{code}'", "code");

    private static async Task<IEnumerable<JobVersionView>> VersionsAsync(string jobId, IGrainFactory grains) =>
        (await Existing(grains, jobId).ListVersionsAsync()).Select(v => new JobVersionView(v.Version, v.CreatedAt, v.Author, v.ChangeNote));

    private static async Task<ContentHttpResult> VersionAsync(string jobId, int version, IGrainFactory grains) =>
        await Existing(grains, jobId).GetVersionAsync(version) is { } v
            ? TypedResults.Text(v.ModelJson, "application/json")
            : throw ApiProblemException.NotFound($"Version {version} of job '{jobId}'", "version");

    private static async Task<IEnumerable<JobView>> ListAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.Jobs).ListAsync();
        var jobs = await Task.WhenAll(ids.Select(id => grains.GetGrain<IJobRubricGrain>(id).GetAsync().AsTask()));
        return jobs.OfType<JobSnapshot>().Select(j => View(j, []));
    }

    private static async Task<Created<JobView>> CreateAsync(NewJob request, IGrainFactory grains, HttpContext http)
    {
        var admitted = request.Admitted();
        var id = request.Id ?? NewJobId(admitted.Model.JobCode);
        var grain = grains.GetGrain<IJobRubricGrain>(id);
        if (await grain.GetAsync() is not null) throw new ApiProblemException(409, "Job exists", $"A job with id '{id}' already exists.", "id");
        var job = await grain.CreateAsync(request.Posting(admitted.Model), admitted.Json, http.User.Identity!.Name!);
        return TypedResults.Created($"/api/jobs/{id}", View(job, admitted.Notes));
    }

    private static async Task<JobView> GetAsync(string jobId, IGrainFactory grains) =>
        View(await Existing(grains, jobId).GetAsync() ?? throw new JobNotFoundException(jobId), []);

    private static async Task<JobView> UpdatePostingAsync(string jobId, JobPostingRequest posting, IGrainFactory grains, HttpContext http) =>
        View(await Existing(grains, jobId).UpdatePostingAsync(posting.ToPosting(), http.User.Identity!.Name!), []);

    private static async Task<JobView> ReviseAsync(string jobId, ModelRevision revision, IGrainFactory grains, HttpContext http)
    {
        var admitted = CompetencyModelGate.Admit(revision.Model, "model");
        var grain = Existing(grains, jobId);
        await grain.ReviseAsync(admitted.Json, http.User.Identity!.Name!, string.IsNullOrWhiteSpace(revision.ChangeNote) ? null : revision.ChangeNote.Trim());
        return View((await grain.GetAsync())!, admitted.Notes);
    }

    private static IJobRubricGrain Existing(IGrainFactory grains, string id) => grains.GetGrain<IJobRubricGrain>(ValidId(id));

    private static JobView View(JobSnapshot job, IReadOnlyList<string> notes) => new(
        job.Id, job.Posting, job.Rubric.Version, job.VersionCount, job.CreatedAt, CompetencyModelGate.Read(job.Rubric.ModelJson), notes);

    private static string NewJobId(string jobCode) => $"{jobCode}-{Guid.NewGuid().ToString("N")[..8]}";

    private static string ValidId(string id) => JobIds.Valid(id, "id");
}
