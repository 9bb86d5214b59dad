namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// Rounding rules of a score report. Everything is computed in full double precision and rounded only when
/// written into the report, half away from zero: indicator scores (0–1) and weights to 4 decimals; points and
/// 0–100 scores to 2 decimals. Pass/fail and the recommendation compare the rounded scores, so what HR reads
/// is what was decided. Measured values are reported as received.
/// </summary>
public static class ReportRounding
{
    public const int UnitDecimals = 4;
    public const int PointDecimals = 2;

    // Adding 0.0 turns a negative zero into zero, so it never prints as "-0".
    public static double Unit(double value) => Math.Round(value, UnitDecimals, MidpointRounding.AwayFromZero) + 0.0;

    public static double Points(double value) => Math.Round(value, PointDecimals, MidpointRounding.AwayFromZero) + 0.0;
}
