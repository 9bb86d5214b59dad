using System.Text;
using BankHire.Analysis.Resumes.Validation;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>The agreement figures against values worked out by hand (the comments show the working).</summary>
public sealed class ScreeningAgreementTests
{
    private static ValidationItem Item(string file, string language, char hrTier, double modelScore, bool knockedOut = false, double? hrScore = null) =>
        new(file, language, "txt", hrTier, hrScore, modelScore, knockedOut, $"zh {file}", $"en {file}");

    // HR: a A, b B, c C, d B.  Model: a 80 (A), b 50 (B), c 70 (A), d 30 knocked out (C, ranked last).
    private static readonly ValidationItem[] Four =
    [
        Item("a", "zh", 'A', 80), Item("b", "zh", 'B', 50), Item("c", "en", 'C', 70), Item("d", "en", 'B', 30, knockedOut: true),
    ];

    [Fact]
    public void Tier_agreement_is_the_share_of_equal_tiers()
    {
        // a A=A, b B=B, c A≠C, d C≠B → 2/4.
        Assert.Equal(0.5, ScreeningAgreement.Figures(Four).TierAgreement);
    }

    [Fact]
    public void Spearman_uses_average_ranks_for_ties()
    {
        // HR values 3,2,1,2 → ranks 4, 2.5, 1, 2.5; model 80, 50, 70, knocked out → ranks 4, 2, 3, 1.
        // Deviations from 2.5: (1.5, 0, −1.5, 0) and (1.5, −0.5, 0.5, −1.5): Σxy = 1.5, Σx² = 4.5, Σy² = 5 → 1.5/√22.5 = 1/√10.
        Assert.Equal(Math.Round(1 / Math.Sqrt(10), 4), ScreeningAgreement.Figures(Four).Spearman!.Value, 4);
    }

    [Fact]
    public void Pairwise_accuracy_counts_the_pairs_HR_orders_and_the_model_keeps()
    {
        // Pairs HR orders: ab ✓, ac ✓, ad ✓, bc ✗ (50 < 70), cd ✗ (70 above a knockout); bd is a tie for HR → 3/5.
        var figures = ScreeningAgreement.Figures(Four);
        Assert.Equal(5, figures.ComparablePairs);
        Assert.Equal(0.6, figures.PairwiseAccuracy!.Value, 10);
        var discordant = ScreeningAgreement.Discordant(Four);
        Assert.Equal([("b", "c"), ("d", "c")], discordant.Select(p => (p.PreferredByHr.File, p.PreferredByModel.File)));
        Assert.Equal("en c", discordant[0].PreferredByModel.ExplanationEn);
    }

    [Fact]
    public void A_model_tie_counts_half_and_is_not_discordant()
    {
        ValidationItem[] tied = [Item("x", "zh", 'A', 50), Item("y", "zh", 'B', 50)];
        Assert.Equal(0.5, ScreeningAgreement.Figures(tied).PairwiseAccuracy);
        Assert.Empty(ScreeningAgreement.Discordant(tied));
        ValidationItem[] three = [.. tied, Item("z", "zh", 'C', 50)];
        Assert.Null(ScreeningAgreement.Figures(three).Spearman); // the model is constant: no correlation to speak of
    }

    [Fact]
    public void Figures_are_given_per_language_and_format()
    {
        var report = ScreeningAgreement.Report(Four);
        // zh: a, b agree on tiers and order → 1, 1. en: c (HR 1, 70) and d (HR 2, knocked out) disagree → 0, 0.
        // Two resumes are too few for a rank correlation: ρ is not given.
        Assert.Equal((1.0, 1.0), (report.ByLanguage["zh"].TierAgreement!.Value, report.ByLanguage["zh"].PairwiseAccuracy!.Value));
        Assert.Equal((0.0, 0.0), (report.ByLanguage["en"].TierAgreement!.Value, report.ByLanguage["en"].PairwiseAccuracy!.Value));
        Assert.Null(report.ByLanguage["zh"].Spearman);
        Assert.Equal(4, report.ByFormat["txt"].Count);
    }

    [Fact]
    public void HR_scores_order_within_a_tier_and_give_the_tier_when_none_is_written()
    {
        var csv = "文件名,分数\nr1.pdf,88\nr2.docx,52.5\nr3.txt,20\n";
        var (labels, problems) = HrLabelReader.Read("labels.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Empty(problems);
        Assert.Equal([('A', 88.0), ('B', 52.5), ('C', 20.0)], labels.Select(l => (l.Tier, l.Score!.Value)));
    }

    [Fact]
    public void Bad_rows_of_a_label_file_are_reported_with_their_row()
    {
        var csv = "file,tier\nr1.pdf,A\nr2.pdf,excellent\n,B\nr1.pdf,C\n";
        var (labels, problems) = HrLabelReader.Read("labels.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Single(labels);
        Assert.Equal([(3, "tier"), (4, "file"), (5, "file")], problems.Select(p => (p.Row, p.Column)));
        var (_, missing) = HrLabelReader.Read("labels.csv", Encoding.UTF8.GetBytes("name,comment\nx,y\n"));
        Assert.Contains(missing, p => p.Column == "file");
    }
}
