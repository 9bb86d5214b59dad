using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Tests.Scoring;

public sealed class IndicatorCurveTests
{
    [Theory]
    [InlineData(0.90, 1.0)]
    [InlineData(0.80, 1.0)]
    [InlineData(0.75, 0.875)]
    [InlineData(0.60, 0.5)]
    [InlineData(0.40, 0.0)]
    [InlineData(0.10, 0.0)]
    public void At_least_falls_linearly_below_the_target(double value, double expected)
    {
        var smile = new Indicator("smile_ratio", IndicatorDirection.AtLeast, 0.80, 1, 0.40);
        Assert.Equal(expected, IndicatorCurve.Score(smile, value), precision: 12);
    }

    [Theory]
    [InlineData(0.10, 1.0)]
    [InlineData(0.25, 1.0)]
    [InlineData(0.30, 0.8)]
    [InlineData(0.50, 0.0)]
    [InlineData(0.90, 0.0)]
    public void At_most_falls_linearly_above_the_target(double value, double expected)
    {
        var pauses = new Indicator("pause_ratio", IndicatorDirection.AtMost, 0.25, 1, 0.25);
        Assert.Equal(expected, IndicatorCurve.Score(pauses, value), precision: 12);
    }

    [Theory]
    [InlineData(4.0, 1.0)]
    [InlineData(3.5, 1.0)]
    [InlineData(5.5, 1.0)]
    [InlineData(2.75, 0.5)]
    [InlineData(6.25, 0.5)]
    [InlineData(1.0, 0.0)]
    [InlineData(9.0, 0.0)]
    public void Within_falls_on_both_sides_of_the_band(double value, double expected)
    {
        var rate = new Indicator("speech_rate_sps", IndicatorDirection.Within, 3.5, 1, 1.5, UpperTarget: 5.5);
        Assert.Equal(expected, IndicatorCurve.Score(rate, value), precision: 12);
    }
}
