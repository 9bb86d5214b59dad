
namespace BankHire.Corpus.Handwritten;

/// <summary>One hand-written resume and what a careful HR reader says about it (labels.csv).</summary>
public sealed record HandwrittenLabel(
    string File, string Language, string Format, string? Name, string Degree, IReadOnlyList<string> CertificatesHeld, char Tier, bool HiddenText);

/// <summary>
/// The hand-written corpus: TXT files as committed, DOCX and PDF built from <see cref="HandwrittenDocx"/> and
/// <see cref="HandwrittenPdf"/>, labels from labels.csv. Kept apart from tuning (see the folder's README).
/// </summary>
public static class HandwrittenCorpus
{
    private static readonly Dictionary<string, Func<byte[]>> Built = new(StringComparer.Ordinal)
    {
        ["zh02.docx"] = HandwrittenDocx.Zh02, ["zh04.docx"] = HandwrittenDocx.Zh04, ["zh08.docx"] = HandwrittenDocx.Zh08,
        ["zh10.docx"] = HandwrittenDocx.Zh10, ["en02.docx"] = HandwrittenDocx.En02, ["en04.docx"] = HandwrittenDocx.En04,
        ["en08.docx"] = HandwrittenDocx.En08,
        ["zh03.pdf"] = HandwrittenPdf.Zh03, ["zh07.pdf"] = HandwrittenPdf.Zh07, ["en03.pdf"] = HandwrittenPdf.En03,
        ["en07.pdf"] = HandwrittenPdf.En07, ["en10.pdf"] = HandwrittenPdf.En10,
    };

    /// <summary>The folder holding labels.csv and files/ (copied beside the test assembly).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus", "resumes-handwritten");

    public static IReadOnlyList<HandwrittenLabel> Labels()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "labels.csv")).Skip(1).Where(l => l.Trim().Length > 0);
        return lines.Select(line =>
        {
            var f = line.Split(',');
            return new HandwrittenLabel(
                f[0], f[1], f[2], f[3].Length == 0 ? null : f[3], f[4],
                f[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), f[6][0],
                bool.Parse(f[7].ToLowerInvariant() is "yes" ? "true" : "false"));
        }).ToList();
    }

    public static byte[] Bytes(string file) =>
        Built.TryGetValue(file, out var build) ? build() : File.ReadAllBytes(Path.Combine(Folder, "files", file));

}
