using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Resumes;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Candidates;

/// <summary>
/// The HR console's candidate list of one job: stage, resume score and rank, the latest AI interview score and
/// suggestion, filtered by stage, score range and name. The top ten of the resume ranking (the ones "invite the top N"
/// would reach first) are flagged, unless already rejected or withdrawn.
/// </summary>
public static class CandidateOverviewEndpoints
{
    public const int TopCount = 10;

    /// <summary>One candidate in the list; <c>ResumeRank</c> is null when knocked out or not screened from a resume.</summary>
    public sealed record CandidateRow(
        Guid Id,
        string FullName,
        string? School,
        string? Major,
        CandidateStage Stage,
        double? ScreeningScore,
        bool KnockedOut,
        int? ResumeRank,
        bool Top,
        double? InterviewScore,
        string? AiRecommendation,
        DateTimeOffset LastMovedAt);

    public enum ScoreKind { Screening, Interview }

    public static void MapCandidateOverview(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{jobId}/candidates/overview", OverviewAsync).WithTags("Candidates").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The job's candidates with resume score and rank, AI interview score and suggestion; filter by stage, score range (screening or interview) and name.");
    }

    private static async Task<IEnumerable<CandidateRow>> OverviewAsync(
        string jobId, IGrainFactory grains, HttpContext http, string[]? stage, double? minScore, double? maxScore, string? scoreKind, string? q)
    {
        var query = CandidateQuery.Parse(stage, minScore, maxScore, scoreKind, q);
        var listed = new List<CandidateRow>();
        foreach (var row in query.Apply(await RowsAsync(grains, jobId)))
        {
            if (await BankHire.Web.Access.AccessDecision.ListsAsync(http, grains, row.Id)) listed.Add(row);
        }
        return listed;
    }

    /// <summary>Every candidate of the job as a row of the list; a 404 problem when the job does not exist.</summary>
    public static async Task<IReadOnlyList<CandidateRow>> RowsAsync(IGrainFactory grains, string jobId)
    {
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw new JobNotFoundException(jobId);
        var ranks = (await grains.GetGrain<IResumePoolGrain>(jobId).RankAsync(new RankingQuery())).ToDictionary(r => r.CandidateId, r => r.Rank);
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync();
        return (await Task.WhenAll(ids.Select(id => RowAsync(grains.GetGrain<ICandidateGrain>(Guid.Parse(id)), ranks)))).OfType<CandidateRow>().ToArray();
    }

    private static async Task<CandidateRow?> RowAsync(ICandidateGrain grain, IReadOnlyDictionary<Guid, int> ranks)
    {
        var candidate = await grain.GetAsync();
        if (candidate is null) return null;
        var screening = await grain.GetScreeningAsync();
        var reports = await grain.GetInterviewReportsAsync();
        var latest = reports.IsDefaultOrEmpty ? null : reports[^1];
        int? rank = ranks.TryGetValue(candidate.Id, out var r) ? r : null;
        return new CandidateRow(
            candidate.Id, candidate.Application.Contact.FullName, candidate.Application.School, candidate.Application.Major, candidate.Stage,
            screening?.Score, screening?.KnockedOut ?? false, rank, rank <= TopCount && candidate.Stage is not (CandidateStage.Rejected or CandidateStage.Withdrawn),
            latest?.OverallScore, latest?.Recommendation, candidate.History.IsDefaultOrEmpty ? candidate.CreatedAt : candidate.History[^1].At);
    }
}
