namespace BankHire.Analysis.Resumes.Validation;

/// <summary>Agreement between HR's labels and the model's screening (see <see cref="AgreementFigures"/>).</summary>
public static class ScreeningAgreement
{
    public static ValidationReport Report(IReadOnlyList<ValidationItem> items) => new(
        Figures(items),
        items.GroupBy(i => i.Language).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Figures([.. g])),
        items.GroupBy(i => i.Format).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Figures([.. g])),
        Discordant(items));

    public static AgreementFigures Figures(IReadOnlyList<ValidationItem> items)
    {
        var (concordant, comparable) = PairCounts(items);
        return new AgreementFigures(
            items.Count,
            items.Count == 0 ? null : items.Count(i => i.HrTier == i.ModelTier) / (double)items.Count,
            Spearman(items.Select(i => i.HrValue).ToList(), items.Select(i => i.ModelValue).ToList()),
            comparable == 0 ? null : concordant / comparable,
            comparable);
    }

    /// <summary>Pairs HR puts in an order, and how many of them the model puts in the same order (a tie scores ½).</summary>
    private static (double Concordant, int Comparable) PairCounts(IReadOnlyList<ValidationItem> items)
    {
        double concordant = 0;
        var comparable = 0;
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++)
            {
                var hr = Math.Sign(items[i].HrValue - items[j].HrValue);
                if (hr == 0) continue;
                comparable++;
                var model = Math.Sign(items[i].ModelValue - items[j].ModelValue);
                concordant += model == hr ? 1 : model == 0 ? 0.5 : 0;
            }
        return (concordant, comparable);
    }

    /// <summary>Pairs the model orders strictly against HR, the widest disagreements (by HR's gap) first.</summary>
    public static List<DiscordantPair> Discordant(IReadOnlyList<ValidationItem> items)
    {
        var pairs = new List<(DiscordantPair Pair, double Gap)>();
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                var hr = Math.Sign(a.HrValue - b.HrValue);
                var model = Math.Sign(a.ModelValue - b.ModelValue);
                if (hr == 0 || model == 0 || hr == model) continue;
                pairs.Add(hr > 0 ? (new DiscordantPair(a, b), a.HrValue - b.HrValue) : (new DiscordantPair(b, a), b.HrValue - a.HrValue));
            }
        return [.. pairs.OrderByDescending(p => p.Gap).ThenBy(p => p.Pair.PreferredByHr.File, StringComparer.Ordinal).Select(p => p.Pair)];
    }

    /// <summary>Spearman's ρ: Pearson's correlation of the average ranks; null with fewer than two values or when either side is constant.</summary>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException("Both series need the same length.", nameof(y));
        if (x.Count < 2) return null;
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Ranks from 1, ties sharing the average of the ranks they span.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++) ranks[order[k]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}
