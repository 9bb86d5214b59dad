using System.Globalization;
using System.Text.RegularExpressions;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Education entries: each line naming a school starts one, and the next lines (up to the next school
/// or heading) complete it with degree, major and graduation year. A line naming a degree but no school
/// (学历：本科; Degree | B.A. (Hons) English) completes an entry that has no degree yet, or adds one.
/// Each entry's degree is held or in progress (<see cref="DegreeStatusReader"/>).
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

    public static List<EducationEntry> Extract(IReadOnlyList<ResumeLine> lines, string screeningText, MajorList majors, DateOnly asOf)
    {
        var hasEducationSection = lines.Any(l => l.Section == SectionKind.Education);
        var entries = new List<EducationEntry>();
        var covered = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!InScope(line, hasEducationSection)) continue;
            var school = FindSchool(line.Text);
            if (school is null) continue;
            var last = i;
            while (last + 1 < lines.Count && last - i < 2 && lines[last + 1].Section == line.Section && FindSchool(lines[last + 1].Text) is null)
                last++;
            for (var c = i; c <= last; c++) covered[c] = true;
            var start = line.Start;
            var end = lines[last].End;
            var text = screeningText[start..end];
            var rest = text.Replace(school, " ", StringComparison.Ordinal);
            entries.Add(Entry(school, rest, text, start, majors, asOf));
            i = last;
        }
        AddDegreeLines(lines, covered, hasEducationSection, entries, majors, asOf);
        return entries;
    }

    private static bool InScope(ResumeLine line, bool hasEducationSection) =>
        hasEducationSection ? line.Section == SectionKind.Education : line.Section is SectionKind.Header or SectionKind.Summary or SectionKind.Other;

    private static EducationEntry Entry(string? school, string rest, string text, int start, MajorList majors, DateOnly asOf)
    {
        var year = GraduationYear(text);
        var (status, cue) = DegreeStatusReader.Read(rest, year, asOf);
        return new EducationEntry(school, DegreeReader.Read(rest), majors.Find(rest), year, new TextSpan(start, text.Length, text), status, cue);
    }

    private static void AddDegreeLines(IReadOnlyList<ResumeLine> lines, bool[] covered, bool hasEducationSection, List<EducationEntry> entries, MajorList majors, DateOnly asOf)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (covered[i] || !(InScope(line, hasEducationSection) || line.Section is SectionKind.Header or SectionKind.Personal)) continue;
            var degree = DegreeReader.Read(line.Text);
            if (degree == DegreeLevel.None) continue;
            var found = Entry(null, line.Text, line.Text, line.Start, majors, asOf);
            var open = entries.FindIndex(e => e.Degree == DegreeLevel.None);
            if (open >= 0)
            {
                var e = entries[open];
                var status = found.Status == DegreeStatus.InProgress ? found : e;
                entries[open] = e with { Degree = degree, Major = e.Major ?? found.Major, GraduationYear = e.GraduationYear ?? found.GraduationYear, Status = status.Status, StatusCue = status.StatusCue };
            }
            else if (!entries.Exists(e => e.Degree == degree))
            {
                entries.Add(found);
            }
        }
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
