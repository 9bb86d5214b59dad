using BankHire.Analysis.Resumes.Ranking;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Tests.Resumes;

public sealed class CandidateRankerTests
{
    private static RankingEntry E(string id, double score, bool knockedOut = false, DegreeLevel degree = DegreeLevel.Bachelor, double years = 0, double? written = null, params string[] certificates) =>
        new(id, score, knockedOut, degree, years, certificates, written);

    private static readonly RankingEntry[] Entries =
    [
        E("c1", 70, years: 1),
        E("c2", 90, knockedOut: true),
        E("c3", 85, degree: DegreeLevel.Master, years: 3, certificates: "CFA"),
        E("c4", 70, years: 2, written: 80),
        E("c5", 55, degree: DegreeLevel.Associate, written: 95, certificates: "银行从业资格"),
        E("c6", 70, years: 2, written: 90),
    ];

    [Fact]
    public void Ranks_by_score_then_experience_then_written_test_and_hides_knockouts()
    {
        var ranked = CandidateRanker.Rank(Entries, RankingFilter.Default);
        Assert.Equal(["c3", "c6", "c4", "c1", "c5"], ranked.Select(r => r.Entry.CandidateId));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Knocked_out_candidates_rank_after_all_others_when_included()
    {
        var ranked = CandidateRanker.Rank(Entries, new RankingFilter(IncludeKnockedOut: true));
        Assert.Equal("c2", ranked[^1].Entry.CandidateId);
    }

    [Fact]
    public void Top_n_equals_the_head_of_the_full_ranking()
    {
        var random = new Random(7);
        var many = Enumerable.Range(0, 2000).Select(i => E($"c{i:D4}", random.Next(0, 20) * 5, random.Next(10) == 0, years: random.Next(0, 3))).ToList();
        var full = CandidateRanker.Rank(many, RankingFilter.Default);
        var top = CandidateRanker.Rank(many, RankingFilter.Default, top: 25);
        Assert.Equal(full.Take(25), top);
    }

    [Theory]
    [InlineData(80.0, null, null, null, null, "c3")]
    [InlineData(null, DegreeLevel.Master, null, null, null, "c3")]
    [InlineData(null, null, 2.0, null, null, "c3,c6,c4")]
    [InlineData(null, null, null, "银行从业资格", null, "c5")]
    [InlineData(null, null, null, null, 85.0, "c6,c5")]
    public void Filters_narrow_the_ranking(double? minScore, DegreeLevel? minDegree, double? minYears, string? certificate, double? minWritten, string expected)
    {
        var filter = new RankingFilter(minScore, false, minDegree, minYears, certificate is null ? null : [certificate], minWritten);
        Assert.Equal(expected.Split(','), CandidateRanker.Rank(Entries, filter).Select(r => r.Entry.CandidateId));
    }
}
