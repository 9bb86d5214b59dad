using Microsoft.AspNetCore.Http.HttpResults;
using BankHire.Analysis.Analytics;
using BankHire.Jobs;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Analytics;

/// <summary>Funnel, drop-off, time per stage, time to hire and score distributions, per job and over all jobs; exports.</summary>
public static class AnalyticsEndpoints
{
    public sealed record AllJobs(PipelineReport Overall, IReadOnlyList<JobAnalytics> Jobs);

    /// <summary>One job's report, and when it was computed (<c>AsOf</c>: the console polls it and says how fresh it is).</summary>
    public sealed record JobAnalytics(string JobId, string TitleZh, string TitleEn, PipelineReport Report, DateTimeOffset? AsOf = null);

    public static void MapAnalytics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analytics").RequireAuthorization(AuthPolicies.AnyHr);
        group.MapGet("/analytics", AllJobsAsync)
            .WithSummary("The pipeline report over every job, and one per job; ?from=&to= (ISO 8601 instants) count those who applied in [from, to).");
        group.MapGet("/jobs/{jobId}/analytics", JobAsync)
            .WithSummary("One job's funnel, drop-off, time per stage (median, p90), time to hire, AI suggestion vs outcome, score distributions; ?from=&to= (ISO 8601 instants) count those who applied in [from, to).");
        group.MapGet("/jobs/{jobId}/analytics/export", ExportAsync)
            .WithSummary("The job's pipeline as XLSX (funnel, stage times, candidates) or CSV (candidates): ?format=xlsx|csv.");
    }

    private static async Task<AllJobs> AllJobsAsync(string? from, string? to, PipelineRecords records, IGrainFactory grains)
    {
        var period = AnalyticsPeriod.Parse(from, to);
        var jobs = new List<JobAnalytics>();
        var everyone = new List<PipelineRecord>();
        foreach (var jobId in await records.JobIdsAsync())
        {
            var job = await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync();
            if (job is null) continue;
            var rows = (await records.ForJobAsync(jobId)).Select(r => r.Record).Where(r => period.Contains(r.CreatedAt)).ToArray();
            everyone.AddRange(rows);
            jobs.Add(new JobAnalytics(job.Id, job.Posting.TitleZh, job.Posting.TitleEn, PipelineAnalytics.Compute(rows)));
        }
        return new AllJobs(PipelineAnalytics.Compute(everyone), jobs);
    }

    private static async Task<JobAnalytics> JobAsync(string jobId, string? from, string? to, PipelineRecords records, IGrainFactory grains, TimeProvider clock)
    {
        var period = AnalyticsPeriod.Parse(from, to);
        var job = await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() ?? throw ApiProblemException.NotFound($"Job '{jobId}'", "jobId");
        var rows = await records.ForJobAsync(jobId);
        var counted = rows.Select(r => r.Record).Where(r => period.Contains(r.CreatedAt)).ToArray();
        return new JobAnalytics(job.Id, job.Posting.TitleZh, job.Posting.TitleEn, PipelineAnalytics.Compute(counted), clock.GetUtcNow());
    }

    private static async Task<FileContentHttpResult> ExportAsync(string jobId, string? format, PipelineRecords records, IGrainFactory grains)
    {
        if (format is not ("xlsx" or "csv")) throw ApiProblemException.Invalid("format", "'format' must be 'xlsx' or 'csv'.");
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw ApiProblemException.NotFound($"Job '{jobId}'", "jobId");
        var rows = await records.ForJobAsync(jobId);
        var name = $"pipeline-{jobId}";
        return format == "csv"
            // A byte-order mark so that Excel opens the UTF-8 Chinese names correctly.
            ? TypedResults.File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(PipelineExport.Csv(rows))], "text/csv; charset=utf-8", $"{name}.csv")
            : TypedResults.File(PipelineExport.Xlsx(PipelineAnalytics.Compute(rows.Select(r => r.Record).ToArray()), rows),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }
}
