namespace BankHire.Analysis.Analytics;

/// <summary>Summary of durations: count, median and 90th percentile (linear interpolation between ranks).</summary>
public sealed record DurationSummary(int Count, double? MedianHours, double? P90Hours)
{
    public static DurationSummary Of(IEnumerable<TimeSpan> durations)
    {
        var hours = durations.Select(d => d.TotalHours).Order().ToArray();
        return hours.Length == 0
            ? new DurationSummary(0, null, null)
            : new DurationSummary(hours.Length, Percentile(hours, 0.5), Percentile(hours, 0.9));
    }

    /// <param name="sorted">Ascending values, at least one.</param>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return Math.Round(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower), 2);
    }
}
