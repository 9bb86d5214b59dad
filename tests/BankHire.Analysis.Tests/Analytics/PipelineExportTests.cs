using BankHire.Analysis.Analytics;
using MiniExcelLibs;

namespace BankHire.Analysis.Tests.Analytics;

public sealed class PipelineExportTests
{
    private static readonly PipelineExport.Row[] Rows =
    [
        new(PipelineAnalyticsTests.Walk(24, "Screened", "Invited", "Booked", "Interviewing", "Completed", "Offer", "Hired") with { ScreeningScore = 81.5, InterviewScore = 77.25, Suggestion = AiSuggestion.SecondRound, HrDecision = AiSuggestion.PriorityHire }, "王小明"),
        new(PipelineAnalyticsTests.Walk(24, "Screened", "Invited"), "=HYPERLINK(\"http://evil\")"),
        new(PipelineAnalyticsTests.Walk(24, "Screened"), "Li, \"Lucy\""),
    ];

    [Fact]
    public void Csv_has_a_header_and_one_quoted_row_per_candidate()
    {
        var lines = PipelineExport.Csv(Rows).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("CandidateId,Name,Stage,CreatedAt,HiredAt,ScreeningScore,InterviewScore,AiSuggestion,HrDecision", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(",王小明,Hired,2026-09-01 08:00:00Z,2026-09-07 08:00:00Z,81.5,77.25,SecondRound,PriorityHire", lines[1]);
        Assert.Contains(",\"Li, \"\"Lucy\"\"\",Screened,", lines[3]);
    }

    [Fact]
    public void Csv_defuses_a_formula_in_a_name()
    {
        var line = PipelineExport.Csv(Rows).Split("\r\n")[2];

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", line);
    }

    [Fact]
    public void Xlsx_holds_the_funnel_stage_times_and_candidates()
    {
        var report = PipelineAnalytics.Compute(Rows.Select(r => r.Record).ToArray());
        using var stream = new MemoryStream(PipelineExport.Xlsx(report, Rows));

        Assert.Equal(["Funnel", "StageTimes", "Candidates"], stream.GetSheetNames());
        var funnel = stream.Query(useHeaderRow: true, sheetName: "Funnel").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(9, funnel.Count);
        Assert.Equal("Invited", funnel[2]["Stage"]);
        Assert.Equal(2d, Convert.ToDouble(funnel[2]["Reached"]));
        var candidates = stream.Query(useHeaderRow: true, sheetName: "Candidates").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("王小明", candidates[0]["Name"]);
        Assert.Equal(77.25, Convert.ToDouble(candidates[0]["InterviewScore"]));
    }
}
