using System.Text.RegularExpressions;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Jobs;

public static partial class JobEndpoints
{
    public static void MapJobs(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/job-templates").WithTags("Jobs").RequireAuthorization(AuthPolicies.AnyHr);
        templates.MapGet("/", () => JobTemplates.Codes.Select(code =>
        {
            var m = JobTemplates.Load(code);
            return new TemplateSummary(code, m.TitleZh, m.TitleEn, [.. m.Competencies.Select(c => c.NameZh)]);
        })).WithSummary("The competency-model templates shipped with BankHire (teller, client manager, risk analyst, IT).");
        templates.MapGet("/{code}", (string code) => JobTemplates.Exists(code)
                ? Results.Ok(JobTemplates.Load(code))
                : throw ApiProblemException.NotFound($"Template '{code}'", "code"))
            .WithSummary("One template's full competency model.");

        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs");
        jobs.MapGet("/", ListAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("All jobs with their current rubric version.");
        jobs.MapPost("/", CreateAsync).RequireAuthorization(AuthPolicies.Recruiting).WithSummary("Creates a job from a template or a full competency model.");
        jobs.MapGet("/{jobId}", GetAsync).RequireAuthorization(AuthPolicies.AnyHr);
        jobs.MapPut("/{jobId}/posting", UpdatePostingAsync).RequireAuthorization(AuthPolicies.Recruiting);
        jobs.MapPut("/{jobId}/model", ReviseAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Stores a new version of the competency model (weights normalised, unknown features rejected).");
        jobs.MapGet("/{jobId}/versions", async (string jobId, IGrainFactory grains) =>
                (await Existing(grains, jobId).ListVersionsAsync()).Select(v => new { v.Version, v.CreatedAt, v.Author, v.ChangeNote }))
            .RequireAuthorization(AuthPolicies.AnyHr);
        jobs.MapGet("/{jobId}/versions/{version:int}", async (string jobId, int version, IGrainFactory grains) =>
                await Existing(grains, jobId).GetVersionAsync(version) is { } v
                    ? Results.Text(v.ModelJson, "application/json")
                    : throw ApiProblemException.NotFound($"Version {version} of job '{jobId}'", "version"))
            .RequireAuthorization(AuthPolicies.AnyHr).WithSummary("Exports one version of the model as JSON.");
    }

    private static async Task<IEnumerable<JobView>> ListAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.Jobs).ListAsync();
        var jobs = await Task.WhenAll(ids.Select(id => grains.GetGrain<IJobRubricGrain>(id).GetAsync().AsTask()));
        return jobs.OfType<JobSnapshot>().Select(j => View(j, []));
    }

    private static async Task<IResult> CreateAsync(NewJob request, IGrainFactory grains, HttpContext http)
    {
        var model = request.Model;
        if (model is null)
        {
            var code = Require.Text(request.TemplateCode, "templateCode", 64);
            if (!JobTemplates.Exists(code))
                throw ApiProblemException.Invalid("templateCode", $"Unknown template '{code}'. Templates: {string.Join(", ", JobTemplates.Codes)}.");
            model = JobTemplates.Load(code);
        }
        var admitted = CompetencyModelGate.Admit(model, "model");
        if (request.Openings is < 1 or > 100_000) throw ApiProblemException.Invalid("openings", "'openings' must be between 1 and 100000.");
        var id = request.Id is null ? NewJobId(admitted.Model.JobCode) : ValidId(request.Id);
        var posting = new JobPosting(
            Require.OptionalText(request.TitleZh, "titleZh") ?? admitted.Model.TitleZh,
            Require.OptionalText(request.TitleEn, "titleEn") ?? admitted.Model.TitleEn,
            Require.OptionalText(request.TemplateCode, "templateCode", 64) ?? admitted.Model.JobCode,
            Require.OptionalText(request.BranchCode, "branchCode", 32),
            request.Openings,
            request.Status);
        var grain = grains.GetGrain<IJobRubricGrain>(id);
        if (await grain.GetAsync() is not null) throw new ApiProblemException(409, "Job exists", $"A job with id '{id}' already exists.", "id");
        var job = await grain.CreateAsync(posting, admitted.Json, http.User.Identity!.Name!);
        return Results.Created($"/api/jobs/{id}", View(job, admitted.Notes));
    }

    private static async Task<JobView> GetAsync(string jobId, IGrainFactory grains) =>
        View(await Existing(grains, jobId).GetAsync() ?? throw new JobNotFoundException(jobId), []);

    private static async Task<JobView> UpdatePostingAsync(string jobId, JobPosting posting, IGrainFactory grains, HttpContext http)
    {
        Require.Text(posting.TitleZh, "titleZh");
        Require.Text(posting.TitleEn, "titleEn");
        Require.Text(posting.TemplateCode, "templateCode", 64);
        Require.OptionalText(posting.BranchCode, "branchCode", 32);
        if (posting.Openings is < 1 or > 100_000) throw ApiProblemException.Invalid("openings", "'openings' must be between 1 and 100000.");
        return View(await Existing(grains, jobId).UpdatePostingAsync(posting, http.User.Identity!.Name!), []);
    }

    private static async Task<JobView> ReviseAsync(string jobId, ModelRevision revision, IGrainFactory grains, HttpContext http)
    {
        var admitted = CompetencyModelGate.Admit(revision.Model, "model");
        var grain = Existing(grains, jobId);
        await grain.ReviseAsync(admitted.Json, http.User.Identity!.Name!, Require.OptionalText(revision.ChangeNote, "changeNote", 500));
        return View((await grain.GetAsync())!, admitted.Notes);
    }

    private static IJobRubricGrain Existing(IGrainFactory grains, string id) => grains.GetGrain<IJobRubricGrain>(ValidId(id));

    private static JobView View(JobSnapshot job, IReadOnlyList<string> notes) => new(
        job.Id, job.Posting, job.Rubric.Version, job.VersionCount, job.CreatedAt, CompetencyModelGate.Read(job.Rubric.ModelJson), notes);

    private static string NewJobId(string jobCode) => $"{jobCode}-{Guid.NewGuid().ToString("N")[..8]}";

    private static string ValidId(string id) => JobIds.Valid(id, "id");
}
