namespace BankHire.Analysis.TalentPool;

/// <summary>
/// The best share of each group by score, e.g. the top 10 % of each job's candidates. A group of n scored items keeps its
/// best ⌈share × n⌉ (at least one), and everyone tied with the last of them: equal scores are never split by the cut.
/// Items without a finite score are not ranked.
/// </summary>
public static class TopShare
{
    public const double TopTenPercent = 0.10;

    public static HashSet<TKey> Of<T, TKey>(IEnumerable<T> items, Func<T, string> group, Func<T, double?> score, Func<T, TKey> key, double share)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (share is <= 0 or > 1 || double.IsNaN(share)) throw new ArgumentOutOfRangeException(nameof(share), share, "The share must be in (0, 1].");
        var top = new HashSet<TKey>();
        foreach (var members in items.Where(i => score(i) is { } s && double.IsFinite(s)).GroupBy(group))
        {
            var ranked = members.OrderByDescending(i => score(i)!.Value).ToList();
            // 0.1 × 30 is 3.0000000000000004 in binary; without the tolerance a fourth would be let in.
            var count = Math.Max(1, (int)Math.Ceiling(share * ranked.Count - 1e-9));
            var cut = score(ranked[count - 1])!.Value;
            top.UnionWith(ranked.TakeWhile(i => score(i)!.Value >= cut).Select(key));
        }
        return top;
    }
}
