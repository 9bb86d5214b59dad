namespace BankHire.Analysis.Validity;

/// <summary>
/// Only hired people have outcomes, and they were hired for scoring high: the predictor's spread among them is narrower
/// than among applicants, which shrinks every correlation. u = SD(hired) / SD(applicants); Thorndike's Case II gives
/// the correlation among all applicants: r / u / √(1 − r² + r²/u²). Reported beside the observed value, never instead.
/// </summary>
public static class RangeRestriction
{
    public static double? Ratio(IReadOnlyList<double> hired, IReadOnlyList<double> applicants)
    {
        if (hired.Count < 3 || applicants.Count < 3) return null;
        var all = Sd(applicants);
        return all > 0 ? Math.Round(Sd(hired) / all, 3) : null;
    }

    public static double Corrected(double r, double u) => r / u / Math.Sqrt(1 - r * r + r * r / (u * u));

    public static double Sd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
