using Microsoft.AspNetCore.Http.HttpResults;
using BankHire.Analysis.Analytics;
using BankHire.Candidates;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using MiniExcelLibs;
using static BankHire.Web.Candidates.CandidateOverviewEndpoints;

namespace BankHire.Web.Candidates;

/// <summary>
/// The console's candidate table of one job, paged and sorted on the server (a campus drive has hundreds), with how
/// many candidates are at each stage, and the same view exported as CSV or XLSX.
/// </summary>
public static class CandidatePageEndpoints
{
    public const int MaxPageSize = 200;

    /// <summary>One page of the filtered, sorted list; <c>Total</c> counts every match, <c>StageCounts</c> every candidate of the job.</summary>
    public sealed record CandidatePage(IReadOnlyList<CandidateRow> Items, int Total, int Page, int PageSize, IReadOnlyList<StageCount> StageCounts);

    public sealed record StageCount(CandidateStage Stage, int Count);

    public static void MapCandidatePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{jobId}/candidates/page", PageAsync).WithTags("Candidates").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("One page of the job's candidates: filters as the overview, sort=rank|name|stage|screeningScore|interviewScore|lastMovedAt, order=asc|desc, page (from 1), pageSize (1–200).");
        app.MapGet("/api/jobs/{jobId}/candidates/export", ExportAsync).WithTags("Candidates").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The filtered, sorted list (every page) as ?format=csv|xlsx.");
    }

    private static async Task<CandidatePage> PageAsync(string jobId, IGrainFactory grains, string[]? stage, double? minScore, double? maxScore,
        string? scoreKind, string? q, string? sort, string? order, int? page, int? pageSize)
    {
        var query = CandidateQuery.Parse(stage, minScore, maxScore, scoreKind, q, sort, order);
        var number = page ?? 1;
        if (number < 1) throw ApiProblemException.Invalid("page", "'page' must be 1 or more.");
        var size = pageSize ?? 20;
        if (size is < 1 or > MaxPageSize) throw ApiProblemException.Invalid("pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");
        var all = await RowsAsync(grains, jobId);
        var matches = query.Apply(all).ToArray();
        var counts = all.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g => new StageCount(g.Key, g.Count())).ToArray();
        return new CandidatePage(matches.Skip((number - 1) * size).Take(size).ToArray(), matches.Length, number, size, counts);
    }

    private static async Task<FileContentHttpResult> ExportAsync(string jobId, IGrainFactory grains, string[]? stage, double? minScore, double? maxScore,
        string? scoreKind, string? q, string? sort, string? order, string? format)
    {
        var query = CandidateQuery.Parse(stage, minScore, maxScore, scoreKind, q, sort, order);
        if (format is not (null or "csv" or "xlsx")) throw ApiProblemException.Invalid("format", "'format' must be 'csv' or 'xlsx'.");
        var rows = query.Apply(await RowsAsync(grains, jobId)).Select(Columns).ToArray();
        var name = $"{jobId}-candidates";
        if (format == "xlsx")
        {
            using var stream = new MemoryStream();
            stream.SaveAs(rows.Select(r => r.ToDictionary(c => c.Header, c => c.Value)).ToList());
            return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
        }
        var text = new System.Text.StringBuilder(CsvText.Line(Columns(Empty).Select(c => c.Header)));
        foreach (var row in rows) text.Append(CsvText.Line(row.Select(c => c.Value)));
        return TypedResults.File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text.ToString())], "text/csv; charset=utf-8", $"{name}.csv");
    }

    private static readonly CandidateRow Empty = new(Guid.Empty, "", null, null, default, null, false, null, false, null, null, default);

    private static (string Header, object? Value)[] Columns(CandidateRow r) =>
    [
        ("CandidateId", r.Id.ToString("D")), ("Name", r.FullName), ("School", r.School), ("Major", r.Major), ("Stage", r.Stage.ToString()),
        ("ResumeRank", r.ResumeRank), ("ScreeningScore", r.ScreeningScore), ("KnockedOut", r.KnockedOut ? "yes" : "no"),
        ("InterviewScore", r.InterviewScore), ("AiRecommendation", r.AiRecommendation),
        ("LastMovedAt", r.LastMovedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
