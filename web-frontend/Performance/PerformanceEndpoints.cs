using BankHire.Analysis.Attrition;
using BankHire.Analysis.Validity;
using BankHire.Employees;
using BankHire.Web.Employees;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using MiniExcelLibs;

namespace BankHire.Web.Performance;

/// <summary>Performance reviews (entered, or KPIs imported from Excel), 360° feedback, and the attrition-risk list.</summary>
public static class PerformanceEndpoints
{
    public sealed record KpiInput(string Name, double Target, double Actual, double Weight);

    /// <summary>A score, or KPIs the score is worked out from.</summary>
    public sealed record ReviewRequest(string Period, double? Score = null, KpiInput[]? Kpis = null) : IValidatedRequest
    {
        public void Validate()
        {
            Require.Text(Period, "period", 32);
            if (CheckedKpis() is { Length: > 0 } kpis)
            {
                if (kpis.Sum(k => k.Weight) <= 0) throw ApiProblemException.Invalid("kpis", "At least one KPI needs a weight above 0.");
            }
            else Require.Range(Score ?? double.NaN, 0, 100, "score");
        }

        public Kpi[]? CheckedKpis() => Kpis?.Select((k, i) => k is null
            ? throw ApiProblemException.Invalid($"kpis[{i}]", "A KPI may not be null.")
            : new Kpi(Require.Text(k.Name, $"kpis[{i}].name", 100), Finite(k.Target, $"kpis[{i}].target"),
                Finite(k.Actual, $"kpis[{i}].actual"), Require.Range(k.Weight, 0, 1000, $"kpis[{i}].weight"))).ToArray();
    }

    public sealed record FeedbackRequest(string Period, string RaterRole, double Score, string? Comment) : IValidatedRequest
    {
        public void Validate()
        {
            Require.Text(Period, "period", 32);
            if (!RaterRoles.Contains(RaterRole)) throw ApiProblemException.Invalid("raterRole", $"'raterRole' must be one of {string.Join(", ", RaterRoles)}.");
            Require.Range(Score, 0, 100, "score");
            Require.OptionalText(Comment, "comment", 1000);
        }
    }

    public sealed record ImportResult(int Reviews, IReadOnlyList<string> Problems);

    public sealed record AttritionRow(Guid EmployeeId, string FullName, string JobId, string BranchCode, double? Score, string Level, IReadOnlyList<AttritionFactor> Factors);

    private static readonly string[] RaterRoles = ["Manager", "Peer", "DirectReport", "Self"];

    public static void MapPerformance(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/employees/{id:guid}/reviews", ReviewAsync).WithTags("Performance").RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Records a period's review: a score (0–100), or KPIs (target, actual, weight) the score is worked out from.");
        app.MapPost("/api/employees/{id:guid}/feedback", FeedbackAsync).WithTags("Performance").RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Adds 360° feedback (Manager, Peer, DirectReport, Self) for a period.");
        app.MapPost("/api/performance/import", ImportAsync).WithTags("Performance").RequireAuthorization(AuthPolicies.Recruiting).DisableAntiforgery()
            .WithSummary("Imports KPIs from an XLSX (columns EmployeeId, Period, Kpi, Target, Actual, Weight): one review per employee and period.");
        app.MapGet("/api/attrition", AttritionAsync).WithTags("Performance").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Every employee's attrition-risk score with the reasons behind it (no protected attributes).");
    }

    private static async Task<EmployeeSnapshot> ReviewAsync(Guid id, ReviewRequest request, IGrainFactory grains, TimeProvider clock, HttpContext http)
    {
        await EmployeeEndpoints.GetAsync(id, grains);
        var period = request.Period.Trim();
        var kpis = request.CheckedKpis();
        var score = kpis is { Length: > 0 } ? KpiScoring.Score([.. kpis.Select(k => (k.Target, k.Actual, k.Weight))]) : request.Score!.Value;
        return await grains.GetGrain<IEmployeeGrain>(id).AddReviewAsync(
            new PerformanceReview(period, score, http.User.Identity!.Name!, clock.GetUtcNow(), kpis is { Length: > 0 } ? [.. kpis] : null));
    }

    private static async Task<EmployeeSnapshot> FeedbackAsync(Guid id, FeedbackRequest request, IGrainFactory grains, TimeProvider clock, HttpContext http)
    {
        await EmployeeEndpoints.GetAsync(id, grains);
        return await grains.GetGrain<IEmployeeGrain>(id).AddFeedbackAsync(new Feedback360(request.Period.Trim(), request.RaterRole,
            http.User.Identity!.Name!, request.Score, Require.OptionalText(request.Comment, "comment", 1000), clock.GetUtcNow()));
    }

    private static async Task<ImportResult> ImportAsync(IFormFile file, IGrainFactory grains, TimeProvider clock, HttpContext http)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            await using var stream = file.OpenReadStream();
            rows = [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or ArgumentException)
        {
            throw ApiProblemException.Invalid("file", $"The file is not a readable XLSX: {e.Message}");
        }
        var problems = new List<string>();
        var groups = new Dictionary<(Guid, string), List<Kpi>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            string Text(string column) => row.TryGetValue(column, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
            double? Number(string column) => double.TryParse(Text(column), System.Globalization.CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
            if (!Guid.TryParse(Text("EmployeeId"), out var employee) || Text("Period") is not { Length: > 0 and <= 32 } period || Text("Kpi") is not { Length: > 0 } kpi
                || Number("Target") is not { } target || Number("Actual") is not { } actual || Number("Weight") is not { } weight || weight < 0)
            {
                problems.Add($"row {i + 2}: needs EmployeeId, Period, Kpi, Target, Actual and Weight ≥ 0");
                continue;
            }
            groups.TryAdd((employee, period), []);
            groups[(employee, period)].Add(new Kpi(kpi, target, actual, weight));
        }
        var saved = 0;
        foreach (var ((employee, period), kpis) in groups)
        {
            if (await grains.GetGrain<IEmployeeGrain>(employee).GetAsync() is null || kpis.Sum(k => k.Weight) <= 0)
            {
                problems.Add($"{employee} {period}: no such employee, or no KPI with a weight above 0");
                continue;
            }
            await grains.GetGrain<IEmployeeGrain>(employee).AddReviewAsync(new PerformanceReview(period,
                KpiScoring.Score([.. kpis.Select(k => (k.Target, k.Actual, k.Weight))]), http.User.Identity!.Name!, clock.GetUtcNow(), [.. kpis]));
            saved++;
        }
        return new ImportResult(saved, problems);
    }

    private static async Task<IReadOnlyList<AttritionRow>> AttritionAsync(IGrainFactory grains, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = new List<AttritionRow>();
        foreach (var e in (await EmployeeDirectory.AllAsync(grains)).Where(e => e.Record.LeftOn is null))
        {
            var result = AttritionRisk.Assess(HireOutcomes.Signals(e, await HireOutcomes.MonthsAsync(grains, e, today), today));
            rows.Add(new AttritionRow(e.Id, e.Record.FullName, e.Record.JobId, e.Record.BranchCode, result.Score, result.Level, result.Factors));
        }
        return [.. rows.OrderByDescending(r => r.Score ?? -1)];
    }

    private static double Finite(double value, string field) =>
        double.IsFinite(value) ? value : throw ApiProblemException.Invalid(field, $"'{field}' must be a number.");
}
