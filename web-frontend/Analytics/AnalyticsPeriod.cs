using System.Globalization;
using BankHire.Web.Problems;

namespace BankHire.Web.Analytics;

/// <summary>
/// The candidates a report counts: those who applied in [<paramref name="From"/>, <paramref name="To"/>), either end open.
/// The ends are instants (ISO 8601 with an offset), so the console's own midnight is the day's start, whatever the server's zone.
/// </summary>
public sealed record AnalyticsPeriod(DateTimeOffset? From, DateTimeOffset? To)
{
    public bool Contains(DateTimeOffset appliedAt) => (From is not { } from || appliedAt >= from) && (To is not { } to || appliedAt < to);

    public static AnalyticsPeriod Parse(string? from, string? to)
    {
        var period = new AnalyticsPeriod(Instant(from, "from"), Instant(to, "to"));
        if (period is { From: { } start, To: { } end } && end <= start)
            throw ApiProblemException.Invalid("to", "'to' must be after 'from'.");
        return period;
    }

    private static DateTimeOffset? Instant(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Length > 40 || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            throw ApiProblemException.Invalid(field, $"'{field}' must be a date and time in ISO 8601, e.g. 2026-12-01T00:00:00+08:00.");
        return at;
    }
}
