using BankHire.Analysis.Analytics;

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
            Agreement.Spearman([.. items.Select(i => (i.HrValue, i.ModelValue))]),
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
}
