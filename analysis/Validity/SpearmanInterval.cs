using BankHire.Analysis.Analytics;

namespace BankHire.Analysis.Validity;

/// <summary>
/// Spearman's rank correlation with a 95 % interval by Fisher's z, using the standard error √(1.06 / (n − 3)) that
/// Fieller, Hartley and Pearson (1957) give for Spearman's ρ. Under <see cref="MinimumN"/> pairs nothing is reported;
/// under <see cref="SmallN"/> the estimate is shown but called small.
/// </summary>
public static class SpearmanInterval
{
    public const int MinimumN = 10;
    public const int SmallN = 30;
    private const double Z975 = 1.959963984540054;

    public static CorrelationEstimate Estimate(IReadOnlyList<(double X, double Y)> pairs, double? rangeRestriction = null)
    {
        var n = pairs.Count;
        if (n < MinimumN) return new CorrelationEstimate(n, null, null, null, null, $"withheld: n = {n} < {MinimumN}");
        var rho = Agreement.Spearman(pairs);
        if (rho is not { } r) return new CorrelationEstimate(n, null, null, null, null, "withheld: no variation in one of the two");
        var z = Math.Atanh(Math.Clamp(r, -0.9999, 0.9999));
        var se = Math.Sqrt(1.06 / (n - 3));
        var u = rangeRestriction ?? 1;
        var corrected = u is > 0 and < 1 ? Math.Round(RangeRestriction.Corrected(r, u), 3) : (double?)null;
        var words = n < SmallN ? $"small n = {n}: wide interval, read as a direction only" : $"n = {n}";
        if (corrected is not null) words += $"; range restricted (hired spread {u:0.00} of applicants'): the correlation among all applicants would be nearer {corrected:0.00}";
        return new CorrelationEstimate(n, Math.Round(r, 3), Math.Round(Math.Tanh(z - Z975 * se), 3), Math.Round(Math.Tanh(z + Z975 * se), 3), corrected, words);
    }
}
