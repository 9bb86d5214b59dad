using BankHire.Analysis.Validity;

namespace BankHire.Analysis.Tests.Validity;

/// <summary>The predictive-validity maths against simulated cohorts whose true weights and correlations are known.</summary>
public sealed class PredictiveValidityTests
{
    private static readonly double[] TrueWeights = [0.45, 0.35, 0.20, 0.0];
    private static readonly double[] CurrentWeights = [0.25, 0.25, 0.25, 0.25];

    /// <summary>The stated error of recovered weights (shares) for 400 hires: each within ±0.08 of the truth.</summary>
    public const double StatedErrorAt400 = 0.08;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Proposed_weights_recover_the_true_weights_from_400_hires_within_the_stated_error(int seed)
    {
        var cohort = new HiringCohortSimulator(seed).Run(800, TrueWeights, CurrentWeights, hireShare: 0.5, noise: 8);

        var result = WeightProposal.Propose([.. cohort.Hired.Select(p => p.Scores)], [.. cohort.Hired.Select(p => p.Outcome)], CurrentWeights);

        Assert.NotNull(result);
        for (var j = 0; j < TrueWeights.Length; j++)
            Assert.InRange(result.Proposed[j], TrueWeights[j] - StatedErrorAt400, TrueWeights[j] + StatedErrorAt400);
        Assert.Equal(1, result.Proposed.Sum(), 2);
        Assert.True(result.ExpectedGain > 0, $"re-weighting toward the truth should predict better out of sample (gain {result.ExpectedGain})");
    }

    [Fact]
    public void A_small_cohort_stays_near_the_current_weights_and_under_twenty_nothing_is_proposed()
    {
        var small = new HiringCohortSimulator(11).Run(50, TrueWeights, CurrentWeights, hireShare: 0.5, noise: 8);
        var result = WeightProposal.Propose([.. small.Hired.Select(p => p.Scores)], [.. small.Hired.Select(p => p.Outcome)], CurrentWeights)!;
        var large = new HiringCohortSimulator(11).Run(2000, TrueWeights, CurrentWeights, hireShare: 0.5, noise: 8);
        var fromLarge = WeightProposal.Propose([.. large.Hired.Select(p => p.Scores)], [.. large.Hired.Select(p => p.Outcome)], CurrentWeights)!;

        double Distance(IReadOnlyList<double> w) => w.Zip(CurrentWeights).Sum(p => Math.Abs(p.First - p.Second));
        Assert.True(Distance(result.Proposed) < Distance(fromLarge.Proposed), "shrinkage: 25 hires move the weights less than 1000");
        Assert.Null(WeightProposal.Propose([.. small.Hired.Take(19).Select(p => p.Scores)], [.. small.Hired.Take(19).Select(p => p.Outcome)], CurrentWeights));
    }

    [Fact]
    public void Hiring_on_the_score_restricts_its_range_and_the_correction_moves_toward_the_applicant_pool_correlation()
    {
        var cohort = new HiringCohortSimulator(5).Run(2000, TrueWeights, CurrentWeights, hireShare: 0.3, noise: 8);
        double Composite(HiringCohortSimulator.Person p) => p.Scores.Zip(CurrentWeights).Sum(x => x.First * x.Second);
        var u = RangeRestriction.Ratio([.. cohort.Hired.Select(Composite)], [.. cohort.Applicants.Select(Composite)]);
        var hired = SpearmanInterval.Estimate([.. cohort.Hired.Select(p => (Composite(p), p.Outcome))], u);
        var everyone = SpearmanInterval.Estimate([.. cohort.Applicants.Select(p => (Composite(p), p.Outcome))]);

        Assert.InRange(u!.Value, 0.3, 0.7);
        Assert.True(hired.Rho < everyone.Rho, "restricted range shrinks the observed correlation");
        Assert.True(Math.Abs(hired.CorrectedForRangeRestriction!.Value - everyone.Rho!.Value) < Math.Abs(hired.Rho!.Value - everyone.Rho.Value));
        Assert.Contains("range restricted", hired.Reliability);
    }

    [Fact]
    public void The_95_percent_interval_covers_the_true_spearman_about_95_times_in_100()
    {
        const double pearson = 0.5;
        var trueSpearman = 6 / Math.PI * Math.Asin(pearson / 2);
        var simulator = new HiringCohortSimulator(99);
        var covered = 0;
        const int runs = 400;
        for (var run = 0; run < runs; run++)
        {
            var pairs = Enumerable.Range(0, 40).Select(_ =>
            {
                var x = simulator.Normal();
                return (x, pearson * x + Math.Sqrt(1 - pearson * pearson) * simulator.Normal());
            }).ToArray();
            var estimate = SpearmanInterval.Estimate(pairs);
            if (estimate.Lower <= trueSpearman && trueSpearman <= estimate.Upper) covered++;
        }
        Assert.InRange(covered / (double)runs, 0.91, 0.98);
    }

    [Fact]
    public void Under_ten_pairs_the_correlation_is_withheld_and_under_thirty_called_small()
    {
        var eight = SpearmanInterval.Estimate([.. Enumerable.Range(0, 8).Select(i => ((double)i, (double)i))]);
        var twenty = SpearmanInterval.Estimate([.. Enumerable.Range(0, 20).Select(i => ((double)i, (double)(i % 7)))]);

        Assert.Null(eight.Rho);
        Assert.StartsWith("withheld", eight.Reliability);
        Assert.NotNull(twenty.Rho);
        Assert.True(twenty.Lower < twenty.Rho && twenty.Rho < twenty.Upper);
        Assert.StartsWith("small n = 20", twenty.Reliability);
    }

    [Fact]
    public void A_proposal_turns_a_useless_competency_down_to_the_floor_but_never_to_zero()
    {
        // The outcome rises with the first competency and falls with the other two: the non-negative fit sets those to zero.
        var random = new Random(7);
        var scores = Enumerable.Range(0, 60).Select(_ => new[] { random.Next(40, 100) * 1.0, random.Next(40, 100) * 1.0, random.Next(40, 100) * 1.0 }).ToList();
        var outcome = scores.Select(s => s[0] - s[1] - s[2] + random.NextDouble()).ToList();
        Assert.Contains(0.0, WeightProposal.Fit(scores, outcome, [1 / 3.0, 1 / 3.0, 1 / 3.0]));

        var proposal = WeightProposal.Propose(scores, outcome, [1.0, 1.0, 1.0])!;
        Assert.All(proposal.Proposed, w => Assert.True(w >= WeightProposal.MinimumShare, $"share {w}"));
        Assert.Equal(1.0, proposal.Proposed.Sum(), 2);
        Assert.True(proposal.Proposed[0] > 0.9);
        Assert.Equal([0.099, 0.01, 0.891], WeightProposal.ProposedShares([0.1, 0.0, 0.9]).Select(w => Math.Round(w, 3)));
    }
}
