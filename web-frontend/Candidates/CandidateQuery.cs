using BankHire.Candidates;
using BankHire.Web.Problems;

namespace BankHire.Web.Candidates;

/// <summary>
/// Which of a job's candidates HR looks at and in which order: stages, a score range on the resume or the AI interview
/// score, part of a name, and a sort. The overview, the paged table and the export read the same query, so what HR
/// exports is what HR sees.
/// </summary>
public sealed record CandidateQuery(
    IReadOnlySet<CandidateStage>? Stages,
    CandidateOverviewEndpoints.ScoreKind Kind,
    double? MinScore,
    double? MaxScore,
    string? Name,
    CandidateQuery.SortKey Sort,
    bool Descending)
{
    public enum SortKey { Rank, Name, Stage, ScreeningScore, InterviewScore, LastMovedAt }

    public static CandidateQuery Parse(string[]? stage, double? minScore, double? maxScore, string? scoreKind, string? q, string? sort = null, string? order = null)
    {
        var min = minScore is null ? (double?)null : Require.Range(minScore.Value, 0, 100, "minScore");
        var max = maxScore is null ? (double?)null : Require.Range(maxScore.Value, 0, 100, "maxScore");
        if (min > max) throw ApiProblemException.Invalid("maxScore", "'maxScore' must not be below 'minScore'.");
        return new CandidateQuery(ParseStages(stage), ParseKind(scoreKind), min, max, Require.OptionalText(q, "q", 100), ParseSort(sort), ParseDescending(order));
    }

    public IEnumerable<CandidateOverviewEndpoints.CandidateRow> Apply(IEnumerable<CandidateOverviewEndpoints.CandidateRow> rows) =>
        Ordered(rows
            .Where(r => Stages is null || Stages.Contains(r.Stage))
            .Where(r => Name is null || r.FullName.Contains(Name, StringComparison.OrdinalIgnoreCase))
            .Where(r => (MinScore is null && MaxScore is null) || Score(r) is { } s && s >= (MinScore ?? 0) && s <= (MaxScore ?? 100)));

    /// <summary>Names in the order a Chinese HR office files them (pinyin for Chinese, alphabetical for Latin names).</summary>
    private static readonly StringComparer NameOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: true);

    /// <summary>Empty values sort last in either direction; ties fall back to the resume ranking, then the name.</summary>
    private IEnumerable<CandidateOverviewEndpoints.CandidateRow> Ordered(IEnumerable<CandidateOverviewEndpoints.CandidateRow> rows)
    {
        var byRank = rows.OrderBy(r => r.ResumeRank ?? int.MaxValue).ThenByDescending(r => r.InterviewScore ?? -1).ThenBy(r => r.FullName, StringComparer.Ordinal);
        if (Sort == SortKey.Rank) return Descending ? byRank.Reverse() : byRank;
        return Sort switch
        {
            SortKey.Name => By(byRank, r => r.FullName, NameOrder),
            SortKey.Stage => By(byRank, r => (int?)r.Stage, Comparer<int?>.Default),
            SortKey.ScreeningScore => By(byRank, r => r.ScreeningScore, Comparer<double?>.Default),
            SortKey.InterviewScore => By(byRank, r => r.InterviewScore, Comparer<double?>.Default),
            _ => By(byRank, r => (DateTimeOffset?)r.LastMovedAt, Comparer<DateTimeOffset?>.Default),
        };
    }

    private IEnumerable<CandidateOverviewEndpoints.CandidateRow> By<T>(IEnumerable<CandidateOverviewEndpoints.CandidateRow> rows,
        Func<CandidateOverviewEndpoints.CandidateRow, T?> key, IComparer<T?> comparer)
    {
        var present = rows.OrderBy(r => key(r) is null);
        return Descending ? present.ThenByDescending(key, comparer) : present.ThenBy(key, comparer);
    }

    private double? Score(CandidateOverviewEndpoints.CandidateRow row) =>
        Kind == CandidateOverviewEndpoints.ScoreKind.Screening ? row.ScreeningScore : row.InterviewScore;

    private static HashSet<CandidateStage>? ParseStages(string[]? names)
    {
        if (names is not { Length: > 0 }) return null;
        return names.Select(n => Enum.TryParse<CandidateStage>(n, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(n, out _)
                ? s
                : throw ApiProblemException.Invalid("stage", $"Unknown stage '{n}'. Stages: {string.Join(", ", Enum.GetNames<CandidateStage>())}."))
            .ToHashSet();
    }

    private static CandidateOverviewEndpoints.ScoreKind ParseKind(string? name) => name is null
        ? CandidateOverviewEndpoints.ScoreKind.Screening
        : Enum.TryParse<CandidateOverviewEndpoints.ScoreKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _)
            ? kind
            : throw ApiProblemException.Invalid("scoreKind", "'scoreKind' must be screening or interview.");

    private static SortKey ParseSort(string? name) => name is null
        ? SortKey.Rank
        : Enum.TryParse<SortKey>(name, ignoreCase: true, out var key) && Enum.IsDefined(key) && !int.TryParse(name, out _)
            ? key
            : throw ApiProblemException.Invalid("sort", $"'sort' must be one of {string.Join(", ", Enum.GetNames<SortKey>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");

    private static bool ParseDescending(string? order) => order switch
    {
        null or "asc" => false,
        "desc" => true,
        _ => throw ApiProblemException.Invalid("order", "'order' must be asc or desc."),
    };
}
