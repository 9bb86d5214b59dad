namespace BankHire.Analysis.Fairness;

/// <summary>
/// Impact ratios as a bias audit states them (NYC Local Law 144, EEOC four-fifths rule): per category, the selection
/// rate (share moved on) or the scoring rate (share scoring above the whole sample's median), divided by the highest
/// rate of any category. A ratio under 0.8 is flagged. Categories too small to compare are said to be so rather than
/// given a number: under <see cref="MinimumToCompare"/> people the ratio is withheld, under 2 % of the sample the
/// category is left out of the comparison (LL144 allows it, and the count left out is reported), and under
/// <see cref="SmallSample"/> the ratio carries a warning. Intersectional categories are categories the caller joins
/// (e.g. "female|35-44").
/// </summary>
public static class AdverseImpact
{
    public const double FourFifths = 0.8;
    public const int MinimumToCompare = 5;
    public const int SmallSample = 30;
    public const double ExcludedBelowShare = 0.02;

    public static ImpactReport SelectionRates(IEnumerable<(string Category, bool Selected)> people)
    {
        var list = people.ToList();
        return Report(list.Count, null, list.GroupBy(p => p.Category).Select(g => (g.Key, g.Count(), g.Count(p => p.Selected))));
    }

    /// <summary>Scoring rates: a person counts when their score is above the median of every score in the sample.</summary>
    public static ImpactReport ScoringRates(IEnumerable<(string Category, double Score)> people)
    {
        var list = people.ToList();
        if (list.Count == 0) return new ImpactReport(0, null, [], 0);
        var median = Median(list.Select(p => p.Score));
        return Report(list.Count, median, list.GroupBy(p => p.Category).Select(g => (g.Key, g.Count(), g.Count(p => p.Score > median))));
    }

    private static ImpactReport Report(int total, double? median, IEnumerable<(string Category, int People, int Counted)> groups)
    {
        var rows = groups.OrderBy(g => g.Category, StringComparer.Ordinal).Select(g =>
        {
            var rate = g.People == 0 ? 0 : g.Counted / (double)g.People;
            var excluded = g.People < ExcludedBelowShare * total;
            var withheld = excluded || g.People < MinimumToCompare;
            return (g.Category, g.People, g.Counted, rate, Compared: !withheld, Excluded: excluded);
        }).ToList();
        var highest = rows.Where(r => r.Compared).Select(r => r.rate).DefaultIfEmpty(0).Max();
        var result = rows.Select(r =>
        {
            double? ratio = r.Compared && highest > 0 ? r.rate / highest : null;
            var warning = r.Excluded ? $"under {ExcludedBelowShare:P0} of the sample: left out of the comparison"
                : !r.Compared ? $"fewer than {MinimumToCompare} people: no ratio"
                : r.People < SmallSample ? $"fewer than {SmallSample} people: the ratio is unstable"
                : null;
            return new ImpactRow(r.Category, r.People, r.Counted, r.rate, ratio, ratio < FourFifths, warning);
        }).ToList();
        return new ImpactReport(total, median, result, rows.Count(r => r.Excluded));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

/// <summary>One category's figures: how many people, how many were selected (or scored above the median), the rate, the
/// impact ratio against the highest rate (null when withheld) and whether it is under four-fifths.</summary>
public sealed record ImpactRow(string Category, int People, int Counted, double Rate, double? ImpactRatio, bool BelowFourFifths, string? Warning);

/// <param name="Median">The sample median the scoring rates are measured against; null for selection rates.</param>
/// <param name="CategoriesExcluded">Categories left out for being under 2 % of the sample (reported, as LL144 asks).</param>
public sealed record ImpactReport(int People, double? Median, IReadOnlyList<ImpactRow> Rows, int CategoriesExcluded);
