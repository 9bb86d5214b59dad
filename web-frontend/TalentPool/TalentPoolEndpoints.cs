using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.TalentPool;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.TalentPool;

/// <summary>The talent pool (人才库): every job's candidates searched together, and re-matching one to another job.</summary>
public static class TalentPoolEndpoints
{
    public const int MaxPage = 200;

    public static void MapTalentPool(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/talent-pool").WithTags("Talent pool");
        group.MapGet("", SearchAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Candidates across jobs by name or skill (q), competency score (competency + minScore), job and stage; open top-10 % candidates with a passing score flagged.");
        group.MapPost("/{candidateId:guid}/rematch", RematchAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Screens the candidate's stored resume against another job's current model and registers them there (linked; once).");
    }

    private static async Task<TalentPoolView> SearchAsync(
        IGrainFactory grains, string? q, string? competency, double? minScore, string? jobId, CandidateStage? stage, bool? flagged, int? skip, int? take)
    {
        if (stage is { } s && !Enum.IsDefined(s)) throw ApiProblemException.Invalid("stage", $"'stage' must be one of {string.Join(", ", Enum.GetNames<CandidateStage>())}.");
        var job = Require.OptionalText(jobId, "jobId", 64);
        if (job is not null && await grains.GetGrain<IJobRubricGrain>(job).GetAsync() is null) throw new JobNotFoundException(job);
        var query = new TalentQuery(
            Require.OptionalText(q, "q", 100),
            Require.OptionalText(competency, "competency", 64),
            minScore is null ? null : Require.Range(minScore.Value, 0, 100, "minScore"),
            job,
            stage,
            flagged ?? false,
            (int)Require.Range(skip ?? 0, 0, 1_000_000, "skip"),
            (int)Require.Range(take ?? 50, 1, MaxPage, "take"));
        var page = await grains.GetGrain<ITalentPoolGrain>(ITalentPoolGrain.Key).SearchAsync(query);
        var titles = await TitlesAsync(grains, page.People.SelectMany(p => p.Applications).Select(a => a.Record.JobId));
        return new TalentPoolView(page.Total, [.. page.People.Select(p => View(p, titles))], page.Competencies);
    }

    private static async Task<Results<Created<RematchResult>, Ok<RematchResult>>> RematchAsync(Guid candidateId, RematchRequest request, IGrainFactory grains, HttpContext http)
    {
        var result = await TalentRematcher.RematchAsync(grains, candidateId, request.JobId.Trim(), http.User.Identity!.Name!);
        return result.Created ? TypedResults.Created($"/api/candidates/{result.CandidateId}", result) : TypedResults.Ok(result);
    }

    private static TalentPersonView View(TalentPerson person, IReadOnlyDictionary<string, JobPosting> titles) => new(
        person.PersonId, person.Name, person.Skills, person.Flagged, person.BestScore,
        [.. person.Applications.Select(a =>
        {
            var r = a.Record;
            var posting = titles.GetValueOrDefault(r.JobId);
            return new TalentJobView(
                r.CandidateId, r.JobId, posting?.TitleZh, posting?.TitleEn, r.Stage, r.ScreeningScore, r.KnockedOut, r.InterviewScore,
                r.Suggestion, r.Decision, r.Competencies, a.TopTenPercent, r.PersonId == r.CandidateId ? null : r.PersonId, r.HasResume);
        })]);

    private static async Task<IReadOnlyDictionary<string, JobPosting>> TitlesAsync(IGrainFactory grains, IEnumerable<string> jobIds)
    {
        var jobs = await Task.WhenAll(jobIds.Distinct().Select(id => grains.GetGrain<IJobRubricGrain>(id).GetAsync().AsTask()));
        return jobs.OfType<JobSnapshot>().ToDictionary(j => j.Id, j => j.Posting);
    }
}
