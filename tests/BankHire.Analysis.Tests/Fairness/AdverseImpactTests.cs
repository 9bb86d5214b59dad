using BankHire.Analysis.Fairness;

namespace BankHire.Analysis.Tests.Fairness;

public sealed class AdverseImpactTests
{
    [Fact]
    public void A_selection_rate_under_four_fifths_of_the_highest_is_flagged()
    {
        // The EEOC guidance's example: 60 % of men and 36 % of women selected → 0.36 / 0.60 = 0.6.
        var people = Enumerable.Range(0, 100).Select(i => ("male", i < 60))
            .Concat(Enumerable.Range(0, 100).Select(i => ("female", i < 36)));

        var report = AdverseImpact.SelectionRates(people);

        var female = report.Rows.Single(r => r.Category == "female");
        var male = report.Rows.Single(r => r.Category == "male");
        Assert.Equal((0.36, 0.6, true), (female.Rate, female.ImpactRatio!.Value, female.BelowFourFifths), new RoundedTupleComparer());
        Assert.Equal(1.0, male.ImpactRatio);
        Assert.False(male.BelowFourFifths);
        Assert.Null(female.Warning);
    }

    [Fact]
    public void A_scoring_rate_counts_scores_above_the_whole_samples_median()
    {
        (string, double)[] people = [("a", 90), ("a", 80), ("a", 70), ("a", 60), ("a", 50), ("b", 40), ("b", 30), ("b", 75), ("b", 20), ("b", 10)];

        var report = AdverseImpact.ScoringRates(people);

        Assert.Equal(55, report.Median); // between 50 and 60
        Assert.Equal(4 / 5.0, report.Rows.Single(r => r.Category == "a").Rate);
        Assert.Equal(1 / 5.0, report.Rows.Single(r => r.Category == "b").Rate);
        Assert.Equal(0.25, report.Rows.Single(r => r.Category == "b").ImpactRatio!.Value, 6);
    }

    [Fact]
    public void Small_categories_get_a_warning_or_no_ratio_and_tiny_ones_are_left_out_and_counted()
    {
        var people = Enumerable.Range(0, 200).Select(i => ("large", i % 2 == 0))
            .Concat(Enumerable.Range(0, 12).Select(i => ("small", i % 3 == 0)))
            .Concat(Enumerable.Range(0, 3).Select(_ => ("tiny", true)));

        var report = AdverseImpact.SelectionRates(people);

        var small = report.Rows.Single(r => r.Category == "small");
        Assert.NotNull(small.ImpactRatio);
        Assert.Contains("unstable", small.Warning);
        var tiny = report.Rows.Single(r => r.Category == "tiny");
        Assert.Null(tiny.ImpactRatio); // 3 of 215 is under 2 %: a 100 % rate must not become everyone's benchmark
        Assert.False(tiny.BelowFourFifths);
        Assert.Equal(1, report.CategoriesExcluded);
        Assert.Equal(1.0, report.Rows.Single(r => r.Category == "large").ImpactRatio);
    }

    private sealed class RoundedTupleComparer : IEqualityComparer<(double, double, bool)>
    {
        public bool Equals((double, double, bool) x, (double, double, bool) y) =>
            Math.Abs(x.Item1 - y.Item1) < 1e-9 && Math.Abs(x.Item2 - y.Item2) < 1e-9 && x.Item3 == y.Item3;

        public int GetHashCode((double, double, bool) obj) => obj.Item3.GetHashCode();
    }
}
