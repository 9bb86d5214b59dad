using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>HR assigns second-round interviewers; they hand in scorecards per competency of the job's model.</summary>
[Collection(ApiCollection.Name)]
public sealed class SecondRoundApiTests(ApiFactory api)
{
    [Fact]
    public async Task An_assigned_interviewer_hands_in_a_scorecard_and_the_candidate_moves_to_the_second_round()
    {
        var (candidate, competencies) = await CompletedCandidateAsync();

        var assigned = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/second-round",
            new { interviewers = new[] { "interviewer" }, scheduledAt = DateTimeOffset.UtcNow.AddDays(2) });
        assigned.EnsureSuccessStatusCode();
        Assert.Equal("SecondRound", (string)(await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{candidate}"))!["stage"]!);

        var first = await SubmitAsync(api.Interviewer, candidate, competencies[0], 70, "SecondRoundPassed");
        first.EnsureSuccessStatusCode();
        var second = await SubmitAsync(api.Interviewer, candidate, competencies[0], 82, "PriorityHire");
        second.EnsureSuccessStatusCode();

        var round = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{candidate}/second-round"))!;
        var scorecard = Assert.Single(round["scorecards"]!.AsArray())!; // the second replaced the first
        Assert.Equal("interviewer", (string)scorecard["interviewer"]!);
        Assert.Equal(82, (double)scorecard["ratings"]![0]!["score"]!);
        Assert.Equal("PriorityHire", (string)scorecard["verdict"]!);
    }

    [Fact]
    public async Task An_interviewer_lists_the_candidates_assigned_to_them_and_loses_one_when_it_is_reassigned()
    {
        var (kept, _) = await CompletedCandidateAsync();
        var (reassigned, _) = await CompletedCandidateAsync();
        foreach (var candidate in new[] { kept, reassigned })
            (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/second-round",
                new { interviewers = new[] { "interviewer" }, scheduledAt = DateTimeOffset.UtcNow.AddDays(3) })).EnsureSuccessStatusCode();
        (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{reassigned}/second-round", new { interviewers = new[] { "recruiter" } })).EnsureSuccessStatusCode();

        var mine = (await api.Interviewer.GetFromJsonAsync<JsonArray>("/api/me/assignments"))!.Select(a => (Guid)a!["candidateId"]!).ToList();
        var theirs = (await api.Recruiter.GetFromJsonAsync<JsonArray>("/api/me/assignments"))!.Select(a => (Guid)a!["candidateId"]!).ToList();

        Assert.Contains(kept, mine);
        Assert.DoesNotContain(reassigned, mine);
        Assert.Contains(reassigned, theirs);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Auditor.GetAsync("/api/me/assignments")).StatusCode);
    }

    [Fact]
    public async Task Scorecards_are_refused_with_a_reason_when_the_round_or_the_ratings_are_wrong()
    {
        var (candidate, competencies) = await CompletedCandidateAsync();

        var noRound = await SubmitAsync(api.Admin, candidate, competencies[0], 70, "Reject");
        Assert.Contains("No second round", ProblemAssert.Detail(await ProblemAssert.IsProblemAsync(noRound, HttpStatusCode.Conflict)));

        (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/second-round", new { interviewers = new[] { "recruiter" } })).EnsureSuccessStatusCode();
        var notAssigned = await SubmitAsync(api.Interviewer, candidate, competencies[0], 70, "Reject");
        // The access gate refuses an interviewer a candidate they are not assigned to before the round is asked.
        Assert.Equal("access.not-assigned", (await ProblemAssert.IsProblemAsync(notAssigned, HttpStatusCode.Forbidden)).GetProperty("code").GetString());

        var unknownCompetency = await SubmitAsync(api.Recruiter, candidate, "charisma", 70, "Reject");
        Assert.Equal("ratings[0].competencyKey", (await ProblemAssert.IsProblemAsync(unknownCompetency, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        var outOfScale = await SubmitAsync(api.Recruiter, candidate, competencies[0], 150, "Reject");
        Assert.Equal("ratings[0].score", (await ProblemAssert.IsProblemAsync(outOfScale, HttpStatusCode.BadRequest)).GetProperty("field").GetString());

        var forSomeoneElse = await api.Recruiter.PutAsJsonAsync($"/api/candidates/{candidate}/second-round/scorecard",
            new { ratings = new[] { new { competencyKey = competencies[0], score = 60 } }, verdict = "Reject", interviewer = "interviewer" });
        await ProblemAssert.IsProblemAsync(forSomeoneElse, HttpStatusCode.Forbidden);

        var unknownInterviewer = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidate}/second-round", new { interviewers = new[] { "nobody-here" } });
        Assert.Equal("interviewers", (await ProblemAssert.IsProblemAsync(unknownInterviewer, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid candidate, string competency, double score, string verdict) =>
        client.PutAsJsonAsync($"/api/candidates/{candidate}/second-round/scorecard",
            new { ratings = new[] { new { competencyKey = competency, score } }, verdict, comment = "清晰、有条理 clear and structured" });

    private async Task<(Guid Candidate, string[] Competencies)> CompletedCandidateAsync()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "复试候选人", jobId = job });
        created.EnsureSuccessStatusCode();
        var id = Guid.Parse((string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
        foreach (var stage in new[] { "Invited", "Interviewing", "Completed" })
            (await api.Recruiter.PostAsJsonAsync($"/api/candidates/{id}/stage", new { stage })).EnsureSuccessStatusCode();
        var model = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/jobs/{job}"))!["model"]!;
        return (id, model["competencies"]!.AsArray().Select(c => (string)c!["key"]!).ToArray());
    }
}
