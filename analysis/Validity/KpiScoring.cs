namespace BankHire.Analysis.Validity;

/// <summary>
/// A period's score from its KPIs: the weighted mean attainment (actual ÷ target, each capped at 120 % so one runaway
/// number cannot carry the rest), as 0–100 where meeting every target is 100 (capped at 100).
/// </summary>
public static class KpiScoring
{
    public const double AttainmentCap = 1.2;

    public static double Score(IReadOnlyList<(double Target, double Actual, double Weight)> kpis)
    {
        var weight = kpis.Sum(k => k.Weight);
        if (kpis.Count == 0 || weight <= 0) throw new ArgumentException("At least one KPI with a positive weight is needed.", nameof(kpis));
        var attainment = kpis.Sum(k => k.Weight * Math.Clamp(k.Target == 0 ? 1 : k.Actual / k.Target, 0, AttainmentCap)) / weight;
        return Math.Round(Math.Min(100, 100 * attainment), 1);
    }
}
