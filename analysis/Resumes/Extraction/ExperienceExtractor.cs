using System.Text.RegularExpressions;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Jobs and internships: in the experience and internship sections, a line with a period starts an
/// entry; the rest of that line names the organisation and the title; the lines after it describe it.
/// </summary>
public sealed partial class ExperienceExtractor(TextLexicon lexicon)
{
    private readonly TermMatcher customerService = lexicon.Synonyms.CompileMatcher(["客户服务", "柜员", "大堂经理", "投诉处理"]);

    [GeneratedRegex(@"\s*(?:[|｜,，;；\t]|\s{2,}|\s[-–—]\s)\s*|(?<=[\u4e00-\u9fa5）)])\s+(?=[\u4e00-\u9fa5（(])")]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"银行|信用社|农商行|农信|支行|分行|\bbank\b|banking", RegexOptions.IgnoreCase)]
    private static partial Regex BankWords();

    [GeneratedRegex(@"银行|公司|集团|支行|分行|营业部|事务所|证券|保险|基金|信用社|中心|研究院|局|\bbank\b|\bltd\b|\bco\.|\binc\b|company|group|branch|corporation|\bllc\b|limited|securities|insurance|partners|consulting|hotel|agency|\bfirm\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWords();

    [GeneratedRegex(@"实习|intern", RegexOptions.IgnoreCase)]
    private static partial Regex InternshipWords();

    public List<ExperienceEntry> Extract(IReadOnlyList<ResumeLine> lines, string screeningText, DateOnly asOf)
    {
        var entries = new List<ExperienceEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Section is not (SectionKind.Experience or SectionKind.Internship)) continue;
            if (DateRange.Find(line.Text, asOf) is not { } period) continue;
            var last = i;
            while (last + 1 < lines.Count && lines[last + 1].Section == line.Section && DateRange.Find(lines[last + 1].Text, asOf) is null
                   && !IsOrganisationLineBefore(lines, last + 1, asOf))
                last++;
            var header = line.Text.Remove(period.Index, period.Length);
            var (organisation, title, recognised) = SplitHeader(header);
            var first = i;
            if (!recognised && i > 0 && IsOrganisationLineBefore(lines, i - 1, asOf))
            {
                // "HSBC Bank, Shanghai" on one line, "Relationship Manager   Sept. 2019 – Present" on the next.
                first = i - 1;
                title = organisation;
                organisation = SplitHeader(lines[i - 1].Text).Organisation;
                header = lines[i - 1].Text + " " + header;
            }
            var text = screeningText[lines[first].Start..lines[last].End];
            var isInternship = line.Section == SectionKind.Internship || InternshipWords().IsMatch(header);
            var isBank = BankWords().IsMatch(organisation ?? "") || BankWords().IsMatch(title ?? "");
            var isService = customerService.Match(lexicon.Tokenize(text)).Count > 0;
            entries.Add(new ExperienceEntry(organisation, title, period.Start, period.End, DateRange.MonthsBetween(period.Start, period.End),
                isInternship, isBank, isService, new TextSpan(lines[first].Start, text.Length, text)));
            i = last;
        }
        return entries;
    }

    /// <summary>A short line naming an organisation, directly above a line with a period, in the same section.</summary>
    private static bool IsOrganisationLineBefore(IReadOnlyList<ResumeLine> lines, int index, DateOnly asOf)
    {
        if (index + 1 >= lines.Count) return false;
        var line = lines[index];
        var next = lines[index + 1];
        return line.Section == next.Section
            && line.Text.Length <= 80
            && SectionHeadings.Recognise(line.Text) is null
            && DateRange.Find(line.Text, asOf) is null
            && OrganisationWords().IsMatch(line.Text)
            && line.Text.IndexOfAny(['。', '；', ';', '•']) < 0
            && !line.Text.TrimEnd().EndsWith('.')
            && DateRange.Find(next.Text, asOf) is not null
            && !SplitHeader(next.Text.Remove(DateRange.Find(next.Text, asOf)!.Value.Index, DateRange.Find(next.Text, asOf)!.Value.Length)).Recognised;
    }

    /// <summary>Organisation and title from a header; <c>Recognised</c> is false when no part looked like an organisation (the first part is taken).</summary>
    private static (string? Organisation, string? Title, bool Recognised) SplitHeader(string header)
    {
        var parts = FieldSeparator().Split(header.Trim()).Select(p => p.Trim(' ', '-', '–', '—', '•')).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return (null, null, false);
        var orgIndex = parts.FindIndex(p => OrganisationWords().IsMatch(p));
        var recognised = orgIndex >= 0;
        if (!recognised) orgIndex = 0;
        var organisation = parts[orgIndex];
        var title = parts.Where((_, index) => index != orgIndex).FirstOrDefault();
        return (organisation, title, recognised);
    }
}
