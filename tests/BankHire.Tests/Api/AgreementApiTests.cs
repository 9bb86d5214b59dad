using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Support;

namespace BankHire.Tests.Api;

/// <summary>AI interview scores and second-round scorecards side by side, and their agreement per competency.</summary>
[Collection(ApiCollection.Name)]
public sealed class AgreementApiTests(ApiFactory api)
{
    private static readonly string[] Answers =
    [
        "First I would apologise to the customer and listen patiently. Then I would explain the bank's rules clearly and politely, check the identity documents, follow the compliance procedure, and report anything suspicious to my supervisor. As a result the customer felt respected.",
        "I would apologise and explain the rules to the customer, then ask my supervisor.",
        "I would tell the customer to wait.",
        "ok",
    ];

    [Fact]
    public async Task Interviewers_who_order_candidates_like_the_ai_agree_by_rank_and_less_in_absolute_terms()
    {
        var candidates = new List<(LiveCandidate Live, Dictionary<string, double> Ai)>();
        foreach (var answer in Answers)
        {
            var live = await LiveCandidate.InvitedAsync(api);
            await live.StartedAsync();
            foreach (var question in live.QuestionIds) await live.AnswerTypedAsync(question, answer);
            await live.PostOkAsync("/complete");
            await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), TimeSpan.FromSeconds(90), "the report");
            var report = JsonDocument.Parse(await api.Admin.GetStringAsync($"/api/interviews/{live.InterviewId}/report")).RootElement;
            var ai = report.GetProperty("report").GetProperty("competencies").EnumerateArray()
                .Where(c => c.GetProperty("score").ValueKind == JsonValueKind.Number)
                .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("score").GetDouble());
            candidates.Add((live, ai));
        }

        // Interviewers score every competency 10 points above the AI (capped at 100): the same order, a constant offset.
        foreach (var (live, ai) in candidates)
        {
            (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/second-round", new { interviewers = new[] { "interviewer" } })).EnsureSuccessStatusCode();
            var ratings = ai.Select(a => new { competencyKey = a.Key, score = Math.Min(100, a.Value + 10) }).ToArray();
            (await api.Interviewer.PutAsJsonAsync($"/api/candidates/{live.CandidateId}/second-round/scorecard", new { ratings, verdict = "SecondRoundPassed" })).EnsureSuccessStatusCode();
        }

        var profile = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{candidates[0].Live.CandidateId}/profile");
        Assert.Equal(candidates[0].Live.InterviewId, profile.GetProperty("interviews")[0].GetProperty("interviewId").GetGuid());
        var profileReport = JsonDocument.Parse(profile.GetProperty("report").GetString()!).RootElement.GetProperty("report");
        Assert.Equal(candidates[0].Ai.Count, profileReport.GetProperty("competencies").EnumerateArray().Count(c => c.GetProperty("score").ValueKind == JsonValueKind.Number));
        Assert.Equal("interviewer", profile.GetProperty("secondRound").GetProperty("scorecards")[0].GetProperty("interviewer").GetString());

        var agreement = (await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/jobs/{LiveCandidate.Job}/agreement"));
        var mine = candidates.Select(c => c.Live.CandidateId).ToHashSet();
        var pairs = agreement.GetProperty("pairs").EnumerateArray().Where(p => mine.Contains(p.GetProperty("candidateId").GetGuid())).ToArray();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Equal(Math.Min(100, p.GetProperty("aiScore").GetDouble() + 10), p.GetProperty("interviewerMean").GetDouble(), 2));

        // A competency on which the AI told at least three levels apart, below the cap, must rank exactly alike (ties tie on both sides).
        var distinct = candidates[0].Ai.Keys.Where(k =>
            candidates.All(c => c.Ai.ContainsKey(k) && c.Ai[k] <= 90) && candidates.Select(c => c.Ai[k]).Distinct().Count() >= 3).ToArray();
        Assert.True(distinct.Length > 0, "the answers should reach three levels in at least one competency: " + string.Join("; ", candidates.Select(c => string.Join(",", c.Ai))));
        foreach (var key in distinct)
        {
            var competency = agreement.GetProperty("competencies").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key);
            Assert.True(competency.GetProperty("candidates").GetInt32() >= candidates.Count);
            if (competency.GetProperty("candidates").GetInt32() == candidates.Count)
            {
                Assert.Equal(1, competency.GetProperty("spearman").GetDouble());
                Assert.InRange(competency.GetProperty("icc").GetDouble(), -1, 0.999);
            }
        }
    }
}
