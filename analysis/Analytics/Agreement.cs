namespace BankHire.Analysis.Analytics;

/// <summary>
/// How well two raters agree on the same candidates (e.g. the AI and the second-round interviewers on one
/// competency): Spearman's rank correlation (do they order candidates alike?) and ICC(2,1), two-way random,
/// absolute agreement (do they give the same scores?). Both need at least three candidates.
/// </summary>
public static class Agreement
{
    public const int MinimumPairs = 3;

    public static double? Spearman(IReadOnlyList<(double A, double B)> pairs)
    {
        if (pairs.Count < MinimumPairs) return null;
        var ranksA = Ranks(pairs.Select(p => p.A).ToArray());
        var ranksB = Ranks(pairs.Select(p => p.B).ToArray());
        return Pearson(ranksA, ranksB) is { } r ? Math.Round(r, 4) : null;
    }

    /// <summary>ICC(2,1) of Shrout and Fleiss for n candidates rated by both raters.</summary>
    public static double? Icc(IReadOnlyList<(double A, double B)> pairs)
    {
        var n = pairs.Count;
        if (n < MinimumPairs) return null;
        const int k = 2;
        var grand = pairs.Average(p => (p.A + p.B) / 2);
        var rowMeans = pairs.Select(p => (p.A + p.B) / 2).ToArray();
        var columnMeans = new[] { pairs.Average(p => p.A), pairs.Average(p => p.B) };
        var ssRows = k * rowMeans.Sum(m => (m - grand) * (m - grand));
        var ssColumns = n * columnMeans.Sum(m => (m - grand) * (m - grand));
        var ssTotal = pairs.Sum(p => (p.A - grand) * (p.A - grand) + (p.B - grand) * (p.B - grand));
        var ssError = ssTotal - ssRows - ssColumns;
        var msRows = ssRows / (n - 1);
        var msColumns = ssColumns / (k - 1);
        var msError = ssError / ((n - 1) * (k - 1));
        var denominator = msRows + (k - 1) * msError + k * (msColumns - msError) / n;
        return denominator <= 0 ? null : Math.Round((msRows - msError) / denominator, 4);
    }

    /// <summary>Ranks from 1, ties sharing the mean of their ranks.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var shared = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++) ranks[order[i]] = shared;
            start = end + 1;
        }
        return ranks;
    }

    private static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double covariance = 0, varianceX = 0, varianceY = 0;
        for (var i = 0; i < x.Count; i++)
        {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        // One rater gave everyone the same score: the ordering says nothing.
        return varianceX == 0 || varianceY == 0 ? null : covariance / Math.Sqrt(varianceX * varianceY);
    }
}
