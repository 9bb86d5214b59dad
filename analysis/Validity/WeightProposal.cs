namespace BankHire.Analysis.Validity;

/// <summary>
/// Proposed competency weights from the hires' outcomes: a non-negative least-squares fit of the standardised outcome
/// on the standardised scores, shrunk toward the current weights as if they were backed by <see cref="PriorHires"/>
/// hires (so a small cohort moves them little), rescaled to shares summing to 1. The expected gain is the five-fold
/// cross-validated Spearman of the composite with the outcome, proposed minus current — an honest out-of-sample number.
/// </summary>
public static class WeightProposal
{
    public const int PriorHires = 20;
    public const int MinimumN = 20;

    /// <summary>
    /// The least share a proposal gives a competency. The fit may drive one to zero, but the job's model defines what is
    /// measured (a rubric weight must be positive) and a small cohort's zero is weak evidence: a competency is turned
    /// down, never dropped — dropping one is the job owner's decision in the model editor.
    /// </summary>
    public const double MinimumShare = 0.01;

    public sealed record Result(
        IReadOnlyList<double> Current,
        IReadOnlyList<double> Proposed,
        double CurrentValidity,
        double ProposedValidity,
        double ExpectedGain,
        int N,
        string Note)
    {
        /// <summary>Worth offering: the proposed weights predicted the outcome better out of sample than the current ones.</summary>
        public bool Improves => ExpectedGain > 0;
    }

    /// <param name="scores">Per hire, one score per competency (same order as <paramref name="current"/>).</param>
    public static Result? Propose(IReadOnlyList<double[]> scores, IReadOnlyList<double> outcome, IReadOnlyList<double> current)
    {
        var n = scores.Count;
        if (n < MinimumN) return null;
        var shares = Shares(current);
        var proposed = ProposedShares(Fit(scores, outcome, shares));
        var (cvCurrent, cvProposed) = CrossValidate(scores, outcome, shares);
        var note = $"n = {n}; non-negative fit shrunk toward the current weights (as if backed by {PriorHires} hires); gain is 5-fold cross-validated Spearman";
        return new Result(shares, proposed.Select(w => Math.Round(w, 3)).ToArray(), Math.Round(cvCurrent, 3), Math.Round(cvProposed, 3),
            Math.Round(cvProposed - cvCurrent, 3), n, note);
    }

    /// <summary>
    /// Non-negative weights on the raw scores (as the rubric applies them), by projected coordinate descent on the
    /// penalised least squares in standardised units (so the shrinkage treats every competency alike).
    /// </summary>
    public static double[] Fit(IReadOnlyList<double[]> scores, IReadOnlyList<double> outcome, IReadOnlyList<double> currentShares)
    {
        var k = currentShares.Count;
        var sds = Enumerable.Range(0, k).Select(j => Sd(scores.Select(r => r[j]).ToArray())).ToArray();
        var x = Standardise(scores, k);
        var y = StandardiseVector(outcome);
        var n = x.Length;
        // The current weights in standardised units, scaled to the outcome: the best non-negative multiple c of the current composite.
        var priorDirection = currentShares.Select((w, j) => w * sds[j]).ToArray();
        var composite = x.Select(row => Dot(row, priorDirection)).ToArray();
        var cc = Dot(composite, composite);
        var c = cc > 0 ? Math.Max(0, Dot(composite, y) / cc) : 0;
        var prior = priorDirection.Select(w => w * c).ToArray();
        var lambda = (double)PriorHires;

        var b = prior.ToArray();
        var residual = y.Select((v, i) => v - Dot(x[i], b)).ToArray();
        for (var sweep = 0; sweep < 500; sweep++)
        {
            var change = 0.0;
            for (var j = 0; j < k; j++)
            {
                double xr = 0, xx = 0;
                for (var i = 0; i < n; i++)
                {
                    xr += x[i][j] * (residual[i] + x[i][j] * b[j]);
                    xx += x[i][j] * x[i][j];
                }
                var next = Math.Max(0, (xr + lambda * prior[j]) / (xx + lambda));
                var delta = next - b[j];
                if (delta == 0) continue;
                for (var i = 0; i < n; i++) residual[i] -= x[i][j] * delta;
                b[j] = next;
                change = Math.Max(change, Math.Abs(delta));
            }
            if (change < 1e-9) break;
        }
        return b.Select((w, j) => sds[j] > 0 ? w / sds[j] : 0).ToArray();
    }

    private static (double Current, double Proposed) CrossValidate(IReadOnlyList<double[]> scores, IReadOnlyList<double> outcome, IReadOnlyList<double> shares)
    {
        const int folds = 5;
        var n = scores.Count;
        var predictedCurrent = new double[n];
        var predictedProposed = new double[n];
        for (var f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, n).Where(i => i % folds != f).ToArray();
            // As shares, like the rubric applies them: every fold's composite is then a weighted mean on the same scale.
            var weights = ProposedShares(Fit(train.Select(i => scores[i]).ToArray(), train.Select(i => outcome[i]).ToArray(), shares));
            foreach (var i in Enumerable.Range(0, n).Where(i => i % folds == f))
            {
                predictedCurrent[i] = Dot(scores[i], shares);
                predictedProposed[i] = Dot(scores[i], weights);
            }
        }
        double Rho(double[] predicted) => BankHire.Analysis.Analytics.Agreement.Spearman(predicted.Zip(outcome).Select(p => (p.First, p.Second)).ToArray()) ?? 0;
        return (Rho(predictedCurrent), Rho(predictedProposed));
    }

    /// <summary>Fitted weights as shares, each at least <see cref="MinimumShare"/>, still summing to 1.</summary>
    public static double[] ProposedShares(IReadOnlyList<double> fitted)
    {
        var shares = Shares(fitted);
        var floored = new bool[shares.Length];
        // Raising one share lowers the others; repeat until none falls under the floor (at most once per competency).
        while (shares.Select((w, j) => !floored[j] && w < MinimumShare - 1e-12).Any(low => low))
        {
            for (var j = 0; j < shares.Length; j++) floored[j] |= shares[j] < MinimumShare;
            var restSum = shares.Where((_, j) => !floored[j]).Sum();
            var restShare = 1 - floored.Count(f => f) * MinimumShare;
            shares = [.. shares.Select((w, j) => floored[j] ? MinimumShare : w / restSum * restShare)];
        }
        return shares;
    }

    public static double[] Shares(IReadOnlyList<double> weights)
    {
        var sum = weights.Sum(w => Math.Max(0, w));
        return sum > 0 ? weights.Select(w => Math.Max(0, w) / sum).ToArray() : weights.Select(_ => 1.0 / weights.Count).ToArray();
    }

    private static double[][] Standardise(IReadOnlyList<double[]> rows, int k)
    {
        var columns = Enumerable.Range(0, k).Select(j => StandardiseVector(rows.Select(r => r[j]).ToArray())).ToArray();
        return Enumerable.Range(0, rows.Count).Select(i => Enumerable.Range(0, k).Select(j => columns[j][i]).ToArray()).ToArray();
    }

    private static double[] StandardiseVector(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = Sd(values);
        return values.Select(v => sd > 0 ? (v - mean) / sd : 0).ToArray();
    }

    private static double Sd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Count - 1));
    }

    private static double Dot(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++) sum += a[i] * b[i];
        return sum;
    }
}
