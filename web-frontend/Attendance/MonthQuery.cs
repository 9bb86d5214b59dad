using System.Globalization;
using BankHire.Web.Problems;

namespace BankHire.Web.Attendance;

/// <summary>"yyyy-MM" from the query string (this month in the bank's zone when absent).</summary>
public static class MonthQuery
{
    public static (int Year, int Month) Parse(string? month, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(month)) return (now.Year, now.Month);
        if (!DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed.Year < 2000)
            throw ApiProblemException.Invalid("month", "'month' must be written yyyy-MM, e.g. 2027-03.");
        return (parsed.Year, parsed.Month);
    }

    public static (DateOnly From, DateOnly To) Range(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
}
