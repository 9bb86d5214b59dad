using BankHire.Analysis.Attrition;
using BankHire.Analysis.Validity;

namespace BankHire.Analysis.Tests.Validity;

public sealed class AttritionAndKpiTests
{
    private static AttritionSignals.Month Steady => new(21, 0, 1, 0, 0);

    [Fact]
    public void A_steady_employee_scores_low_and_rising_absence_with_falling_performance_scores_high_with_each_reason()
    {
        var steady = AttritionRisk.Assess(new AttritionSignals(20, [Steady, Steady, Steady, Steady, Steady], [78, 80]));
        var slipping = AttritionRisk.Assess(new AttritionSignals(8, [Steady, Steady, Steady, new(21, 3, 4, 2, 0), new(21, 4, 5, 3, 0)], [82, 61]));

        Assert.Equal(("low", 0.0), (steady.Level, steady.Score!.Value));
        Assert.Equal("high", slipping.Level);
        Assert.Equal(["absence-rising", "lateness-rising", "performance-falling", "first-year"], slipping.Factors.Select(f => f.Key));
        Assert.Equal(slipping.Score, Math.Min(100, slipping.Factors.Sum(f => f.Points)));
        Assert.All(slipping.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.ExplanationZh + f.ExplanationEn)));
    }

    [Fact]
    public void Under_three_months_there_is_no_score()
    {
        var result = AttritionRisk.Assess(new AttritionSignals(1, [Steady, Steady], []));
        Assert.Null(result.Score);
        Assert.Equal("not enough data", result.Level);
    }

    [Fact]
    public void The_signals_type_has_no_protected_attribute()
    {
        var names = typeof(AttritionSignals).GetProperties().Select(p => p.Name.ToLowerInvariant());
        foreach (var forbidden in new[] { "age", "sex", "gender", "birth", "ethnic", "marital", "pregnan", "religion", "health", "union" })
            Assert.DoesNotContain(names, n => n.Contains(forbidden));
    }

    [Fact]
    public void Kpis_score_by_weighted_attainment_capped_per_kpi()
    {
        Assert.Equal(100, KpiScoring.Score([(100, 100, 1), (50, 50, 2)]));
        Assert.Equal(80, KpiScoring.Score([(100, 60, 1), (100, 100, 1)]));
        Assert.Equal(80, KpiScoring.Score([(100, 500, 1), (100, 40, 1)])); // 120 % cap: (1.2 + 0.4) / 2
        Assert.Throws<ArgumentException>(() => KpiScoring.Score([]));
    }
}
