using System.Globalization;
using System.Text.RegularExpressions;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// Finds a period such as 2019.07 - 2022.06, 2019年7月—至今, Jul 2019 – Present, 07/2019 - 06/2022 or
/// 2016 - 2020 in a line. A year without a month starts in January and ends in December (or in June for
/// a graduation year: school years end in summer).
/// </summary>
public static partial class DateRange
{
    private const string Point = @"(?:(?<Y{0}>(?:19|20)\d{{2}})\s*(?:[.\-/年]\s*(?<M{0}>\d{{1,2}})(?!\d)\s*月?)?|(?<N{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*,?\s*(?<Y{0}>(?:19|20)\d{{2}})|(?<M{0}>\d{{1,2}})\s*/\s*(?<Y{0}>(?:19|20)\d{{2}}))";
    private const string Open = @"(?<open>至今|今|现在|目前|present|now|current|today)";

    private static readonly Regex Range = new(
        string.Format(CultureInfo.InvariantCulture, Point, 1) + @"\s*(?:-|–|—|―|~|～|至|到|to|–)+\s*(?:" + Open + "|" + string.Format(CultureInfo.InvariantCulture, Point, 2) + ")",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first period in the line: start, end (asOf when open), and where it was written.</summary>
    public static (DateOnly Start, DateOnly End, int Index, int Length)? Find(string line, DateOnly asOf)
    {
        var m = Range.Match(line);
        if (!m.Success) return null;
        var start = ToDate(m, "1", endOfYear: false);
        var end = m.Groups["open"].Success ? asOf : ToDate(m, "2", endOfYear: true);
        if (start is null || end is null || end < start) return null;
        return (start.Value, end.Value, m.Index, m.Length);
    }

    /// <summary>Months from start to end, both months included.</summary>
    public static int MonthsBetween(DateOnly start, DateOnly end) => (end.Year - start.Year) * 12 + end.Month - start.Month + 1;

    private static DateOnly? ToDate(Match m, string suffix, bool endOfYear)
    {
        if (!int.TryParse(m.Groups["Y" + suffix].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        int month;
        if (m.Groups["N" + suffix].Success) month = Array.IndexOf(MonthNames, m.Groups["N" + suffix].Value.ToLowerInvariant()[..3]) + 1;
        else if (m.Groups["M" + suffix].Success) month = int.Parse(m.Groups["M" + suffix].Value, CultureInfo.InvariantCulture);
        else month = endOfYear ? 12 : 1;
        return month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
    }
}
