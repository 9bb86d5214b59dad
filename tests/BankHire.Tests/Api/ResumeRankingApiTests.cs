using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BankHire.Corpus;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>A job's ranking: best first, each with a one-line explanation, narrowed by HR's filters.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResumeRankingApiTests(ApiFactory api)
{
    [Fact]
    public async Task The_ranking_orders_by_score_explains_each_line_and_filters_narrow_it()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var teller = Resume(Archetype.BankTeller);
        var unrelated = Resume(Archetype.Unrelated);
        var report = await UploadAsync(api.Recruiter, job, File(teller), File(unrelated), File(Resume(Archetype.ServiceWorker)));
        var tellerId = (string)Source(report, teller.FileName)["candidateId"]!;
        var unrelatedId = (string)Source(report, unrelated.FileName)["candidateId"]!;

        var all = await RankAsync(job, "includeKnockedOut=true");
        Assert.Equal(3, all.Count);
        Assert.Equal([1, 2, 3], all.Select(r => (int)r!["rank"]!));
        var scores = all.Select(r => (double)r!["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(Position(all, tellerId) < Position(all, unrelatedId), "a bank teller ranks above an unrelated technician");
        Assert.All(all, r => Assert.Contains("/100", (string)r!["summaryEn"]!));
        Assert.All(all, r => Assert.Contains("分", (string)r!["summaryZh"]!));

        var tellerScore = (double)all[Position(all, tellerId)]!["score"]!;
        var atLeastTeller = await RankAsync(job, $"includeKnockedOut=true&minScore={tellerScore.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.All(atLeastTeller, r => Assert.True((double)r!["score"]! >= tellerScore));
        Assert.Contains(atLeastTeller, r => (string)r!["candidateId"]! == tellerId);

        var bankers = await RankAsync(job, "includeKnockedOut=true&bankExperience=true");
        Assert.Equal([tellerId], bankers.Select(r => (string)r!["candidateId"]!));
        Assert.Empty(await RankAsync(job, "includeKnockedOut=true&degree=Doctorate"));
        Assert.Single(await RankAsync(job, "includeKnockedOut=true&top=1"));
    }

    private async Task<JsonArray> RankAsync(string job, string query) =>
        (await api.Auditor.GetFromJsonAsync<JsonArray>($"/api/jobs/{job}/ranking?{query}"))!;

    private static int Position(JsonArray ranking, string candidateId) =>
        ranking.Select((r, i) => (Id: (string)r!["candidateId"]!, i)).Single(x => x.Id == candidateId).i;
}
