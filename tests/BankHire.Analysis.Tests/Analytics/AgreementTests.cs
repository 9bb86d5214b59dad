using BankHire.Analysis.Analytics;

namespace BankHire.Analysis.Tests.Analytics;

public sealed class AgreementTests
{
    [Fact]
    public void Identical_scores_agree_perfectly()
    {
        (double, double)[] pairs = [(60, 60), (70, 70), (85, 85), (90, 90)];

        Assert.Equal(1, Agreement.Spearman(pairs));
        Assert.Equal(1, Agreement.Icc(pairs));
    }

    [Fact]
    public void Same_order_but_a_constant_offset_ranks_alike_yet_agrees_less_in_absolute_terms()
    {
        (double, double)[] pairs = [(60, 75), (70, 85), (80, 95), (65, 80)];

        Assert.Equal(1, Agreement.Spearman(pairs));
        var icc = Agreement.Icc(pairs)!.Value;
        Assert.InRange(icc, 0.3, 0.6); // absolute agreement is penalised for the 15-point offset
    }

    [Fact]
    public void Reversed_order_is_minus_one()
    {
        Assert.Equal(-1, Agreement.Spearman([(1, 9), (2, 8), (3, 7), (4, 6)]));
    }

    [Fact]
    public void Icc_matches_a_worked_example()
    {
        // Two raters, five subjects; ICC(2,1) computed by hand from the two-way ANOVA table:
        // MSR = 19.15, MSC = 2.5, MSE = 0.25 → (19.15 − 0.25) / (19.15 + 0.25 + 2 × (2.5 − 0.25) / 5) = 0.9310.
        (double, double)[] pairs = [(9, 10), (6, 7), (8, 8), (7, 9), (1, 2)];

        Assert.Equal(0.931, Agreement.Icc(pairs)!.Value, 3);
    }

    [Fact]
    public void Ties_share_their_mean_rank()
    {
        Assert.Equal([1, 2.5, 2.5, 4], Agreement.Ranks([10, 20, 20, 30]));
    }

    [Fact]
    public void Too_few_pairs_or_no_spread_give_no_figure()
    {
        Assert.Null(Agreement.Spearman([(1, 2), (2, 3)]));
        Assert.Null(Agreement.Spearman([(5, 1), (5, 2), (5, 3)]));
        Assert.Null(Agreement.Icc([(1, 2), (2, 3)]));
    }
}
