using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Intake;
using BankHire.Analysis.Resumes.Parsing;
using BankHire.Analysis.Resumes.Screening;

namespace BankHire.Analysis.Resumes.Validation;

/// <summary>
/// Screens a labelled set of resume files with one model and pairs each with HR's label. Each file is screened on
/// its own (no duplicate merging: HR labelled files). A label names a file as uploaded or, inside a ZIP, by its
/// entry name. Files that cannot be read are returned apart, with the reason.
/// </summary>
public sealed class ValidationSet(ResumeExtractor extractor, ResumeScreener screener)
{
    public (List<ValidationItem> Items, List<(string File, string Reason)> Unread) Screen(IEnumerable<ResumeFile> files, IReadOnlyList<HrLabel> labels)
    {
        var byName = labels.ToDictionary(l => l.File, StringComparer.OrdinalIgnoreCase);
        var items = new List<ValidationItem>();
        var unread = new List<(string, string)>();
        foreach (var file in files)
            foreach (var parsed in ResumeFileParser.Parse(file, new IntakeLimits()))
            {
                var label = LabelOf(byName, parsed.SourceName);
                if (label is null) continue;
                if (parsed.IsRejected || parsed.Text is null) { unread.Add((label.File, parsed.Message)); continue; }
                var profile = extractor.Extract(parsed.SourceName, parsed.Text, parsed.HasPicture, parsed.Hidden);
                var result = screener.Screen(profile);
                items.Add(new ValidationItem(label.File, LanguageOf(parsed.Text), FormatOf(file, parsed.SourceName), label.Tier, label.Score,
                    result.Score, result.KnockedOut, Explain(result, zh: true), Explain(result, zh: false)));
            }
        return (items, unread);
    }

    /// <summary>The label a source answers to: its full name (batch.zip/a.pdf) or its own file name (a.pdf).</summary>
    public static HrLabel? LabelOf(IReadOnlyDictionary<string, HrLabel> byName, string source) =>
        byName.GetValueOrDefault(source) ?? byName.GetValueOrDefault(Path.GetFileName(source));

    /// <summary>zh when a fifth or more of the letters are Han characters.</summary>
    public static string LanguageOf(string text)
    {
        int han = 0, letters = 0;
        foreach (var c in text)
        {
            if (c >= 0x4E00 && c <= 0x9FFF) { han++; letters++; }
            else if (char.IsLetter(c)) letters++;
        }
        return letters > 0 && han * 5 >= letters ? "zh" : "en";
    }

    private static string FormatOf(ResumeFile file, string source) =>
        FileKindDetector.Detect(source, source == file.Name ? file.Content : []) switch
        {
            FileKind.Pdf => "pdf",
            FileKind.Docx => "docx",
            _ => Path.GetExtension(source).TrimStart('.').ToLowerInvariant() is { Length: > 0 } ext ? ext : "txt",
        };

    private static string Explain(ScreeningResult result, bool zh) =>
        string.Join("\n", result.Parts.Select(p => zh ? p.ExplanationZh : p.ExplanationEn));
}
