using System.Globalization;
using System.Text;
using BankHire.Analysis.Resumes.Parsing;
using MiniExcelLibs;

namespace BankHire.Analysis.Resumes.Validation;

/// <summary>
/// Reads HR's labels from a CSV (UTF-8 or GBK) or XLSX: a column naming the resume file (文件名, file …) and a
/// tier (档次/等级/tier: A, B, C or 优/良/差) or a score (分数/评分/score, 0–100), or both. Every unreadable row
/// is reported with its row number, never skipped silently.
/// </summary>
public static class HrLabelReader
{
    private static readonly string[] FileHeaders = ["文件", "文件名", "简历", "简历文件", "file", "filename", "resume", "source"];
    private static readonly string[] TierHeaders = ["档次", "等级", "分档", "评级", "tier", "grade", "rating"];
    private static readonly string[] ScoreHeaders = ["分数", "评分", "得分", "hr评分", "score", "hrscore"];

    public static (List<HrLabel> Labels, List<HrLabelProblem> Problems) Read(string name, byte[] content)
    {
        var problems = new List<HrLabelProblem>();
        var labels = new List<HrLabel>();
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = Rows(name, content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add(new HrLabelProblem(0, "labels", $"The label file could not be read as CSV or XLSX ({e.GetType().Name})."));
            return (labels, problems);
        }
        if (rows.Count == 0)
        {
            problems.Add(new HrLabelProblem(0, "labels", "The label file has no rows."));
            return (labels, problems);
        }
        var headers = rows[0].Keys.ToList();
        var file = headers.FirstOrDefault(h => FileHeaders.Contains(Key(h)));
        var tier = headers.FirstOrDefault(h => TierHeaders.Contains(Key(h)));
        var score = headers.FirstOrDefault(h => ScoreHeaders.Contains(Key(h)));
        if (file is null) problems.Add(new HrLabelProblem(1, "file", $"No column names the resume file; name one 文件名 or file (found: {string.Join(", ", headers)})."));
        if (tier is null && score is null) problems.Add(new HrLabelProblem(1, "tier", $"No tier (档次/tier) or score (分数/score) column (found: {string.Join(", ", headers)})."));
        if (problems.Count > 0) return (labels, problems);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + 2;
            var fileName = Text(rows[i], file!);
            var tierText = tier is null ? null : Text(rows[i], tier);
            var scoreText = score is null ? null : Text(rows[i], score);
            if (fileName is null && tierText is null && scoreText is null) continue;
            if (fileName is null) { problems.Add(new HrLabelProblem(row, file!, "The file name is empty.")); continue; }
            double? value = null;
            if (scoreText is not null)
            {
                if (double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= 100) value = s;
                else { problems.Add(new HrLabelProblem(row, score!, $"Score '{scoreText}' is not a number from 0 to 100.")); continue; }
            }
            char grade;
            if (tierText is not null)
            {
                if (!ScreeningTier.TryParse(tierText, out grade)) { problems.Add(new HrLabelProblem(row, tier!, $"Tier '{tierText}' is not A, B or C (优/良/差).")); continue; }
            }
            else if (value is { } v) grade = ScreeningTier.Of(v);
            else { problems.Add(new HrLabelProblem(row, tier ?? score!, "Neither a tier nor a score is given.")); continue; }
            if (labels.Exists(l => string.Equals(l.File, fileName, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new HrLabelProblem(row, file!, $"'{fileName}' is labelled twice."));
                continue;
            }
            labels.Add(new HrLabel(fileName, grade, value));
        }
        if (labels.Count == 0 && problems.Count == 0) problems.Add(new HrLabelProblem(0, "labels", "The label file has no labelled rows."));
        return (labels, problems);
    }

    private static List<IDictionary<string, object?>> Rows(string name, byte[] content)
    {
        var xlsx = content.AsSpan().StartsWith("PK"u8);
        Stream stream;
        if (xlsx) stream = new MemoryStream(content, writable: false);
        else
        {
            var decoded = PlainTextDecoder.Decode(content) ?? throw new InvalidDataException($"{name} is not text.");
            stream = new MemoryStream(Encoding.UTF8.GetBytes(decoded.Text));
        }
        using (stream)
            return MiniExcel.Query(stream, useHeaderRow: true, excelType: xlsx ? ExcelType.XLSX : ExcelType.CSV).Cast<IDictionary<string, object?>>().ToList();
    }

    private static string Key(string header) =>
        new string(header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-' and not '（' and not '）' and not '(' and not ')').ToArray()).ToLowerInvariant();

    private static string? Text(IDictionary<string, object?> row, string column) =>
        Convert.ToString(row.TryGetValue(column, out var v) ? v : null, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } t ? t : null;
}
