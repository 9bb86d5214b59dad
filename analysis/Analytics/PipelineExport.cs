using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace BankHire.Analysis.Analytics;

/// <summary>A job's pipeline as a spreadsheet (XLSX: Funnel, Stage times and Candidates sheets) or as CSV (candidates).</summary>
public static class PipelineExport
{
    /// <summary>One exported candidate: the record and the name HR knows them by.</summary>
    public sealed record Row(PipelineRecord Record, string Name);

    public static byte[] Xlsx(PipelineReport report, IReadOnlyList<Row> rows)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Funnel"] = report.Funnel.Select(f => new Dictionary<string, object?>
            {
                ["Stage"] = f.Stage, ["Reached"] = f.Reached, ["Current"] = f.Current, ["ConversionFromPrevious"] = f.ConversionFromPrevious,
            }).ToList(),
            ["StageTimes"] = report.TimeInStage.Select(t => new Dictionary<string, object?>
            {
                ["Stage"] = t.Stage, ["Stays"] = t.Duration.Count, ["MedianHours"] = t.Duration.MedianHours, ["P90Hours"] = t.Duration.P90Hours,
            }).ToList(),
            ["Candidates"] = rows.Select(r => CandidateColumns(r).ToDictionary(c => c.Header, c => c.Value)).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public static string Csv(IReadOnlyList<Row> rows)
    {
        var text = new StringBuilder();
        var headers = CandidateColumns(new Row(new PipelineRecord(Guid.Empty, default, "", []), "")).Select(c => c.Header);
        text.Append(CsvText.Line(headers));
        foreach (var row in rows)
            text.Append(CsvText.Line(CandidateColumns(row).Select(c => c.Value)));
        return text.ToString();
    }

    private static IEnumerable<(string Header, object? Value)> CandidateColumns(Row row)
    {
        var record = row.Record;
        yield return ("CandidateId", record.CandidateId.ToString("D"));
        yield return ("Name", row.Name);
        yield return ("Stage", record.CurrentStage);
        yield return ("CreatedAt", record.CreatedAt.ToString("u", CultureInfo.InvariantCulture));
        yield return ("HiredAt", record.Moves.FirstOrDefault(m => m.To == "Hired")?.At.ToString("u", CultureInfo.InvariantCulture));
        yield return ("ScreeningScore", record.ScreeningScore);
        yield return ("InterviewScore", record.InterviewScore);
        yield return ("AiSuggestion", record.Suggestion?.ToString());
        yield return ("HrDecision", record.HrDecision?.ToString());
    }
}
