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
/// would reach first) are flagged.
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
        string jobId, IGrainFactory grains, string[]? stage, double? minScore, double? maxScore, string? scoreKind, string? q)
    {
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw new JobNotFoundException(jobId);
        var stages = Stages(stage);
        var kind = Kind(scoreKind);
        var min = minScore is null ? (double?)null : Require.Range(minScore.Value, 0, 100, "minScore");
        var max = maxScore is null ? (double?)null : Require.Range(maxScore.Value, 0, 100, "maxScore");
        if (min > max) throw ApiProblemException.Invalid("maxScore", "'maxScore' must not be below 'minScore'.");
        var name = Require.OptionalText(q, "q", 100);

        var ranks = (await grains.GetGrain<IResumePoolGrain>(jobId).RankAsync(new RankingQuery())).ToDictionary(r => r.CandidateId, r => r.Rank);
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync();
        var rows = (await Task.WhenAll(ids.Select(id => RowAsync(grains.GetGrain<ICandidateGrain>(Guid.Parse(id)), ranks)))).OfType<CandidateRow>();

        return rows
            .Where(r => stages is null || stages.Contains(r.Stage))
            .Where(r => name is null || r.FullName.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Where(r => (min is null && max is null) || Score(r, kind) is { } s && s >= (min ?? 0) && s <= (max ?? 100))
            .OrderBy(r => r.ResumeRank ?? int.MaxValue).ThenByDescending(r => r.InterviewScore ?? -1).ThenBy(r => r.FullName, StringComparer.Ordinal)
            .ToArray();
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
            screening?.Score, screening?.KnockedOut ?? false, rank, rank <= TopCount,
            latest?.OverallScore, latest?.Recommendation, candidate.History.IsDefaultOrEmpty ? candidate.CreatedAt : candidate.History[^1].At);
    }

    private static double? Score(CandidateRow row, ScoreKind kind) => kind == ScoreKind.Screening ? row.ScreeningScore : row.InterviewScore;

    private static HashSet<CandidateStage>? Stages(string[]? names)
    {
        if (names is not { Length: > 0 }) return null;
        return names.Select(n => Enum.TryParse<CandidateStage>(n, ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? s
                : throw ApiProblemException.Invalid("stage", $"Unknown stage '{n}'. Stages: {string.Join(", ", Enum.GetNames<CandidateStage>())}."))
            .ToHashSet();
    }

    private static ScoreKind Kind(string? name) => name is null
        ? ScoreKind.Screening
        : Enum.TryParse<ScoreKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw ApiProblemException.Invalid("scoreKind", "'scoreKind' must be screening or interview.");
}
