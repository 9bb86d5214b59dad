using System.Globalization;
using System.Text.RegularExpressions;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Education entries: each line naming a school starts one, and the next lines (up to the next school
/// or heading) complete it with degree, major and graduation year.
/// </summary>
public static partial class EducationExtractor
{
    [GeneratedRegex(@"[\u4e00-\u9fa5]{2,16}?(?:大学|学院|学校)")]
    private static partial Regex ChineseSchool();

    // Single spaces only: two or more separate fields ("Renmin University of China  B.S. Statistics").
    [GeneratedRegex(@"(?:[A-Z][A-Za-z&'.\-]* ){0,5}(?:University|College|Institute|School)(?: of(?: (?:[A-Z][A-Za-z&'.\-]*|and|&)){1,6})?")]
    private static partial Regex EnglishSchool();

    [GeneratedRegex(@"^(?:毕业于|就读于|于|在)")]
    private static partial Regex SchoolPrefix();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?!\d)")]
    private static partial Regex Year();

    public static List<EducationEntry> Extract(IReadOnlyList<ResumeLine> lines, string screeningText, MajorList majors)
    {
        var hasEducationSection = lines.Any(l => l.Section == SectionKind.Education);
        var entries = new List<EducationEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (hasEducationSection ? line.Section != SectionKind.Education : line.Section is not (SectionKind.Header or SectionKind.Summary or SectionKind.Other))
                continue;
            var school = FindSchool(line.Text);
            if (school is null) continue;
            var last = i;
            while (last + 1 < lines.Count && last - i < 2 && lines[last + 1].Section == line.Section && FindSchool(lines[last + 1].Text) is null)
                last++;
            var start = line.Start;
            var end = lines[last].End;
            var text = screeningText[start..end];
            var rest = text.Replace(school, " ", StringComparison.Ordinal);
            entries.Add(new EducationEntry(school, DegreeReader.Read(rest), majors.Find(rest), GraduationYear(text), new TextSpan(start, end - start, text)));
            i = last;
        }
        return entries;
    }

    public static string? FindSchool(string line)
    {
        var zh = ChineseSchool().Match(line);
        if (zh.Success) return SchoolPrefix().Replace(zh.Value, "");
        var en = EnglishSchool().Match(line);
        return en.Success ? en.Value.Trim() : null;
    }

    private static int? GraduationYear(string text) =>
        Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).DefaultIfEmpty().Max() is var y and > 0 ? y : null;
}
