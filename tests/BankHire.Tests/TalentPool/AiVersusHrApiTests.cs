using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BankHire.Tests.Api;
using BankHire.Tests.Support;
using static BankHire.Tests.TalentPool.PoolResumes;

namespace BankHire.Tests.TalentPool;

/// <summary>
/// Two resume candidates of a fresh job take the real AI interview (typed answers): the pool shows their interview and
/// competency scores and flags the better one; the AI's suggestion is on each candidate, HR decides beside it, and the
/// job's analytics set one against the other.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AiVersusHrApiTests(ApiFactory api)
{
    private const string StrongAnswer = "First I would apologise to the customer and listen patiently. Then I would explain the bank's rules clearly and politely, check the identity documents, follow the compliance procedure, and report anything suspicious to my supervisor. As a result the customer felt respected.";
    private const string WeakAnswer = "ok";

    private async Task<(Guid Candidate, JsonElement Report)> InterviewedAsync(Guid candidateId, string answer)
    {
        var invited = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidateId}/interviews", new { expiresInDays = 3 });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        var live = new LiveCandidate(api, candidateId, invitation.GetProperty("interviewId").GetGuid(), invitation.GetProperty("token").GetString()!, []);
        var view = await live.StartedAsync();
        foreach (var question in view.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!))
            await live.AnswerTypedAsync(question, answer);
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), TimeSpan.FromSeconds(90), "the report");
        var report = JsonDocument.Parse(await api.Admin.GetStringAsync($"/api/interviews/{live.InterviewId}/report")).RootElement.GetProperty("report");
        return (candidateId, report);
    }

    private static string Expected(JsonNode suggestion, double overall) =>
        overall >= (double)suggestion["priorityHireCutoff"]! ? "PriorityHire" : overall >= (double)suggestion["secondRoundCutoff"]! ? "SecondRound" : "Reject";

    [Fact]
    public async Task Interview_scores_reach_the_pool_and_hr_decisions_are_kept_beside_the_ai_suggestion()
    {
        var job = await NewJobAsync(api.Recruiter, "teller");
        var ids = await UploadAsync(api.Recruiter, job, Teller("诸葛明远", "Excel"), Teller("慕容晓星", "Excel"));
        var strong = await InterviewedAsync(ids[0], StrongAnswer);
        var weak = await InterviewedAsync(ids[1], WeakAnswer);
        var (strongOverall, weakOverall) = (strong.Report.GetProperty("overallScore").GetDouble(), weak.Report.GetProperty("overallScore").GetDouble());
        Assert.True(strongOverall > weakOverall, $"{strongOverall} vs {weakOverall}");

        // The pool: interview overall and per competency, as the report has them; the better of two is the job's top tenth.
        var page = await Eventually.ReturnsAsync(() => SearchAsync(api.Auditor, $"jobId={job}"),
            p => ids.All(id => Person(p, id) is { } person && Job(person, id)["competencies"]!.AsArray().Count > 0), TimeSpan.FromSeconds(30), "both interviews in the pool");
        var strongEntry = Job(Person(page, ids[0])!, ids[0]);
        Assert.Equal(strongOverall, (double)strongEntry["interviewScore"]!);
        var scored = strong.Report.GetProperty("competencies").EnumerateArray().Where(c => c.GetProperty("score").ValueKind == JsonValueKind.Number)
            .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("score").GetDouble());
        Assert.Equal(scored.OrderBy(c => c.Key), strongEntry["competencies"]!.AsArray()
            .Where(c => c!["score"] is not null).ToDictionary(c => (string)c!["key"]!, c => (double)c!["score"]!).OrderBy(c => c.Key));
        // The better of two is the top tenth; flagged only with a passing score.
        Assert.Equal(strongOverall >= BankHire.TalentPool.TalentSearch.MinimumInterviewScore, (bool)strongEntry["topTenPercent"]!);
        Assert.False((bool)Job(Person(page, ids[1])!, ids[1])["topTenPercent"]!);
        Assert.Equal((string)strong.Report.GetProperty("recommendation").GetString()!, (string)strongEntry["aiSuggestion"]!);

        // competency=…&minScore=…: the strong candidate's score on a competency the weak one scored lower on.
        var weakScores = weak.Report.GetProperty("competencies").EnumerateArray().Where(c => c.GetProperty("score").ValueKind == JsonValueKind.Number)
            .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("score").GetDouble());
        var (key, score) = scored.First(c => weakScores.TryGetValue(c.Key, out var w) && w < c.Value);
        var filtered = await SearchAsync(api.Auditor, $"jobId={job}&competency={key}&minScore={score.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.Equal([ids[0]], filtered["people"]!.AsArray().Select(p => (Guid)p!["personId"]!));
        Assert.Contains(filtered["competencies"]!.AsArray(), c => (string)c!["key"]! == key);

        // The AI's suggestion on the candidate: verdict from the score and this job's cut-offs, who and why.
        var candidate = (await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{ids[0]}"))!;
        var suggestion = candidate["suggestion"]!;
        Assert.Equal(Expected(suggestion, strongOverall), (string)suggestion["verdict"]!);
        Assert.Equal("ai:rubric-v1", (string)suggestion["actor"]!);
        Assert.Contains("AI 面试总分", (string)suggestion["reasonZh"]!);
        Assert.Null(candidate["decision"]);

        // HR overrides the strong one's suggestion (a reason is required) and agrees with the weak one's.
        var aiVerdict = (string)suggestion["verdict"]!;
        var other = aiVerdict == "Reject" ? "SecondRound" : "Reject";
        var bare = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/candidates/{ids[0]}/decision", new { decision = other }), HttpStatusCode.BadRequest);
        Assert.Equal("reason", bare.GetProperty("field").GetString());
        var decided = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{ids[0]}/decision", new { decision = other, reason = "复试官另有安排 panel decided otherwise" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var weakVerdict = (string)(await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{ids[1]}"))!["suggestion"]!["verdict"]!;
        (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{ids[1]}/decision", new { decision = weakVerdict })).EnsureSuccessStatusCode();

        var profile = (await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{ids[0]}/profile"))!;
        Assert.Equal(aiVerdict, (string)profile["suggestion"]!["verdict"]!);
        var decision = profile["decision"]!;
        Assert.Equal((other, "recruiter", aiVerdict, true), ((string)decision["verdict"]!, (string)decision["actor"]!, (string)decision["aiVerdict"]!, (bool)decision["overridesAi"]!));
        Assert.Equal("复试官另有安排 panel decided otherwise", (string)profile["decisions"]!.AsArray().Single()!["reason"]!);
        Assert.Equal(other, (string)(await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{ids[0]}"))!["decision"]!["verdict"]!);

        var ai = (await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/jobs/{job}/analytics"))!["report"]!["aiVersusOutcome"]!;
        Assert.Equal((2, 2, 1, 0.5), ((int)ai["withSuggestion"]!, (int)ai["hrDecided"]!, (int)ai["overridden"]!, (double)ai["agreementRate"]!));
        var passed = new[] { aiVerdict, weakVerdict }.Count(v => v != "Reject");
        Assert.Equal(passed / 2.0, (double)ai["aiPassRate"]!);
        Assert.Null(ai["finalHireRate"]);   // nobody hired, rejected or withdrawn yet
    }

    [Fact]
    public async Task A_decision_without_an_ai_suggestion_or_of_an_unknown_kind_is_refused()
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "未面试", jobId = "teller-2027-campus" });
        var id = (Guid)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var early = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/candidates/{id}/decision", new { decision = "PriorityHire" }), HttpStatusCode.Conflict);
        Assert.Equal("decision", early.GetProperty("field").GetString());
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PostAsync($"/api/candidates/{id}/decision",
            new StringContent("""{"decision":"Promote"}""", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/candidates/{Guid.NewGuid()}/decision", new { decision = "Reject", reason = "x" }), HttpStatusCode.NotFound);
    }
}
