using BankHire.Analysis.TalentPool;

namespace BankHire.Analysis.Tests.TalentPool;

public sealed class TopShareTests
{
    private sealed record Item(string Id, string Job, double? Score);

    private static HashSet<string> Top(IEnumerable<Item> items, double share = TopShare.TopTenPercent) =>
        TopShare.Of(items, i => i.Job, i => i.Score, i => i.Id, share);

    private static IEnumerable<Item> Job(string job, int count) =>
        Enumerable.Range(1, count).Select(i => new Item($"{job}-{i}", job, i));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(30, 3)]   // 0.1 × 30 is not quite 3 in binary; still three
    [InlineData(31, 4)]
    public void Each_job_keeps_its_best_tenth_rounded_up(int candidates, int kept)
    {
        var top = Top(Job("teller", candidates));

        Assert.Equal(kept, top.Count);
        Assert.All(Enumerable.Range(candidates - kept + 1, kept), score => Assert.Contains($"teller-{score}", top));
    }

    [Fact]
    public void Jobs_are_ranked_apart()
    {
        var top = Top([.. Job("teller", 10), .. Job("risk", 20).Select(i => i with { Score = i.Score / 10 })]);

        Assert.Equal(["risk-19", "risk-20", "teller-10"], top.Order());
    }

    [Fact]
    public void A_tie_at_the_cut_keeps_everyone_tied()
    {
        var items = new[] { new Item("a", "j", 90), new Item("b", "j", 90), new Item("c", "j", 80) }
            .Concat(Enumerable.Range(0, 8).Select(i => new Item($"x{i}", "j", 50)));

        Assert.Equal(["a", "b"], Top(items).Order());
    }

    [Fact]
    public void Unscored_items_are_not_ranked_and_do_not_count()
    {
        var items = new[] { new Item("scored", "j", 10), new Item("none", "j", null), new Item("nan", "j", double.NaN) };

        Assert.Equal(["scored"], Top(items));
        Assert.Empty(Top([new Item("none", "j", null)]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_share_outside_zero_to_one_is_refused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Top(Job("j", 3), share));
}
