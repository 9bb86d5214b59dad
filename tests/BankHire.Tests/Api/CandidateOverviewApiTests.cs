using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BankHire.Corpus;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>The console's candidate list of a job: resume rank and score, the top ten flagged, filters by stage, score
/// range and name; and the feature list the model editor offers.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateOverviewApiTests(ApiFactory api)
{
    [Fact]
    public async Task The_list_flags_the_top_ten_of_the_ranking_and_filters_by_stage_score_and_name()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var resumes = CorpusBuilder.Build().Take(12).Select(spec => File(spec)).ToArray();
        await UploadAsync(api.Recruiter, job, resumes);
        (await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "未投简历者", jobId = job })).EnsureSuccessStatusCode();

        var all = await ListAsync(job, "");
        Assert.Equal(13, all.Count);
        var ranking = (await api.Auditor.GetFromJsonAsync<JsonArray>($"/api/jobs/{job}/ranking"))!;
        var topIds = ranking.Take(10).Select(r => (string)r!["candidateId"]!).ToHashSet();
        Assert.Equal(Math.Min(10, ranking.Count), all.Count(r => (bool)r!["top"]!));
        Assert.All(all, r => Assert.Equal(topIds.Contains((string)r!["id"]!), (bool)r!["top"]!));
        var ranks = all.Select(r => (int?)r!["resumeRank"]).ToList();
        Assert.Equal(ranks.Where(r => r is not null).Order(), ranks.Where(r => r is not null)); // ranked first, best first
        var manual = Assert.Single(all, r => (string)r!["fullName"]! == "未投简历者")!;
        Assert.Null((double?)manual["screeningScore"]);
        Assert.Null((int?)manual["resumeRank"]);
        Assert.Equal("Applied", (string)manual["stage"]!);

        Assert.Equal(["未投简历者"], (await ListAsync(job, "stage=Applied")).Select(r => (string)r!["fullName"]!));
        Assert.Equal(12, (await ListAsync(job, "stage=Screened")).Count);
        Assert.Equal(13, (await ListAsync(job, "stage=Screened&stage=Applied")).Count);

        var middle = await ListAsync(job, "minScore=40&maxScore=55");
        Assert.NotEmpty(middle);
        Assert.All(middle, r => Assert.InRange((double)r!["screeningScore"]!, 40, 55));
        Assert.Equal(all.Count(r => (double?)r!["screeningScore"] is >= 40 and <= 55), middle.Count);
        Assert.Empty(await ListAsync(job, "scoreKind=interview&minScore=0")); // nobody has been interviewed yet

        var someone = (string)all[0]!["fullName"]!;
        var byName = await ListAsync(job, $"q={Uri.EscapeDataString(someone[..Math.Min(2, someone.Length)].ToLowerInvariant())}");
        Assert.Contains(byName, r => (string)r!["fullName"]! == someone);
        Assert.All(byName, r => Assert.Contains(someone[..Math.Min(2, someone.Length)], (string)r!["fullName"]!, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("stage=Nope", "stage")]
    [InlineData("minScore=150", "minScore")]
    [InlineData("minScore=60&maxScore=40", "maxScore")]
    [InlineData("scoreKind=salary&minScore=1", "scoreKind")]
    public async Task A_bad_filter_is_refused_naming_the_parameter(string query, string field)
    {
        var response = await api.Auditor.GetAsync($"/api/jobs/teller-2027-campus/candidates/overview?{query}");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_job_has_no_list()
    {
        var response = await api.Auditor.GetAsync("/api/jobs/no-such-job/candidates/overview");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_feature_list_offers_only_scorable_features_with_their_ranges()
    {
        var features = (await api.Interviewer.GetFromJsonAsync<JsonArray>("/api/features"))!;
        var names = features.Select(f => (string)f!["name"]!).ToList();
        Assert.Contains("expected_point_coverage", names);
        Assert.Equal("Facial", (string)features.Single(f => (string)f!["name"]! == "smile_ratio")!["kind"]!);
        Assert.DoesNotContain("pitch_mean_hz", names);   // a proxy for sex
        Assert.DoesNotContain("mean_brightness", names); // video quality guides the candidate, never scores them
        Assert.All(features, f => Assert.True((double)f!["min"]! < (double)f["max"]!));
        Assert.All(features, f => Assert.False(string.IsNullOrEmpty((string?)f!["descriptionZh"])));
    }

    private async Task<JsonArray> ListAsync(string job, string query) =>
        (await api.Auditor.GetFromJsonAsync<JsonArray>($"/api/jobs/{job}/candidates/overview?{query}"))!;
}
