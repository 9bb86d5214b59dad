using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The indicator's scoring curve: 1 when the value meets the target, falling linearly to 0 at
/// <see cref="Indicator.Tolerance"/> beyond it on the wrong side.
/// </summary>
public static class IndicatorCurve
{
    public static double Score(Indicator indicator, double value)
    {
        var shortfall = indicator.Direction switch
        {
            IndicatorDirection.AtLeast => indicator.Target - value,
            IndicatorDirection.AtMost => value - indicator.Target,
            IndicatorDirection.Within => Math.Max(indicator.Target - value, value - (indicator.UpperTarget ?? indicator.Target)),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Direction, "Unknown indicator direction."),
        };
        if (shortfall <= 0)
            return 1;
        return Math.Max(0, 1 - shortfall / indicator.Tolerance);
    }
}
