using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BankHire.Tests.Api;
using BankHire.Tests.Support;
using static BankHire.Tests.TalentPool.PoolResumes;

namespace BankHire.Tests.TalentPool;

/// <summary>The talent pool over HTTP: search across jobs by name and skill, and re-matching a stored resume to another job.</summary>
[Collection(ApiCollection.Name)]
public sealed class TalentPoolApiTests(ApiFactory api)
{
    private Task<JsonObject> EventuallyAsync(string query, Func<JsonObject, bool> until, string what) =>
        Eventually.ReturnsAsync(() => SearchAsync(api.Auditor, query), until, TimeSpan.FromSeconds(30), what);

    [Fact]
    public async Task A_pool_candidate_is_found_by_name_or_skill_and_re_matched_once_to_another_job_where_they_rank()
    {
        var teller = await NewJobAsync(api.Recruiter, "teller");
        var manager = await NewJobAsync(api.Recruiter, "client-manager");
        var ids = await UploadAsync(api.Recruiter, teller, Teller("欧阳海岚", "Python", "数据分析", "营销"), Teller("司马青禾", "Java"));
        var (hailan, qinghe) = (ids[0], ids[1]);

        var byName = await EventuallyAsync($"q={Uri.EscapeDataString("欧阳海岚")}", p => Person(p, hailan) is not null, "欧阳海岚 in the pool");
        var person = Person(byName, hailan)!;
        Assert.Equal("欧阳海岚", (string)person["name"]!);
        Assert.Contains("Python", person["skills"]!.AsArray().Select(s => (string)s!));
        var application = Job(person, hailan);
        Assert.Equal((teller, "Screened"), ((string)application["jobId"]!, (string)application["stage"]!));
        Assert.StartsWith("综合柜员", (string)application["jobTitleZh"]!);
        var screening = (await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{hailan}/screening"))!;
        Assert.Equal((double)screening["score"]!, (double)application["screeningScore"]!);
        Assert.True((bool)application["canRematch"]!);

        var bySkill = await SearchAsync(api.Auditor, $"q=python&jobId={teller}");
        Assert.Equal([hailan], bySkill["people"]!.AsArray().Select(p => (Guid)p!["personId"]!));
        Assert.Equal([qinghe], (await SearchAsync(api.Auditor, $"q=JAVA&jobId={teller}"))["people"]!.AsArray().Select(p => (Guid)p!["personId"]!));

        var first = await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{hailan}/rematch", new { jobId = manager });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var rematched = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var newId = (Guid)rematched["candidateId"]!;
        Assert.NotEqual(hailan, newId);
        Assert.Equal((hailan, manager, 1), ((Guid)rematched["originalCandidateId"]!, (string)rematched["jobId"]!, (int)rematched["rank"]!));
        Assert.Contains("/100", (string)rematched["summaryEn"]!);

        // In the other job as any applicant: listed, ranked with the explanation, screened against that job's model.
        var ranking = (await api.Auditor.GetFromJsonAsync<JsonArray>($"/api/jobs/{manager}/ranking?includeKnockedOut=true"))!;
        var ranked = Assert.Single(ranking)!;
        Assert.Equal((newId, (string)rematched["summaryZh"]!), ((Guid)ranked["candidateId"]!, (string)ranked["summaryZh"]!));
        var candidate = (await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{newId}"))!;
        Assert.Equal((manager, hailan, "Screened"), ((string)candidate["application"]!["jobId"]!, (Guid)candidate["application"]!["originalCandidateId"]!, (string)candidate["stage"]!));
        var newScreening = (await api.Auditor.GetFromJsonAsync<JsonObject>($"/api/candidates/{newId}/screening"))!;
        Assert.Equal(manager, (string)newScreening["jobId"]!);
        Assert.Equal((double)rematched["score"]!, (double)newScreening["score"]!);
        Assert.NotEmpty(newScreening["lines"]!.AsArray());

        // Again: the same candidate, nobody new.
        var again = await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{hailan}/rematch", new { jobId = manager });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(newId, (Guid)(await again.Content.ReadFromJsonAsync<JsonObject>())!["candidateId"]!);
        Assert.Single((await api.Auditor.GetFromJsonAsync<JsonArray>($"/api/jobs/{manager}/candidates"))!);
        Assert.Single((await api.Auditor.GetFromJsonAsync<JsonArray>($"/api/jobs/{manager}/ranking?includeKnockedOut=true"))!);

        // One person, two jobs; from the re-matched record a re-match goes back to the same original.
        var both = Person(await SearchAsync(api.Auditor, $"jobId={manager}"), hailan)!;
        Assert.Equal([teller, manager], both["jobs"]!.AsArray().Select(j => (string)j!["jobId"]!));
        Assert.Equal(hailan, (Guid)Job(both, newId)["originalCandidateId"]!);
        var viaCopy = await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{newId}/rematch", new { jobId = manager });
        Assert.Equal(newId, (Guid)(await viaCopy.Content.ReadFromJsonAsync<JsonObject>())!["candidateId"]!);
    }

    [Fact]
    public async Task A_re_match_that_cannot_be_done_says_why()
    {
        var teller = await NewJobAsync(api.Recruiter, "teller");
        var resumeId = (await UploadAsync(api.Recruiter, teller, Teller("上官雨桐", "Excel")))[0];
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "无简历", jobId = teller });
        var noResume = (Guid)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var sameJob = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{resumeId}/rematch", new { jobId = teller }), HttpStatusCode.BadRequest);
        Assert.Equal("jobId", sameJob.GetProperty("field").GetString());
        var unknownJob = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{resumeId}/rematch", new { jobId = "no-such-job" }), HttpStatusCode.NotFound);
        Assert.Equal("jobId", unknownJob.GetProperty("field").GetString());
        var unknownCandidate = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{Guid.NewGuid()}/rematch", new { jobId = teller }), HttpStatusCode.NotFound);
        Assert.Equal("candidateId", unknownCandidate.GetProperty("field").GetString());
        var withoutResume = await ProblemAssert.IsProblemAsync(
            await api.Recruiter.PostAsJsonAsync($"/api/talent-pool/{noResume}/rematch", new { jobId = "it-engineer-2027-campus" }), HttpStatusCode.Conflict);
        Assert.Contains("not imported from a resume", ProblemAssert.Detail(withoutResume));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await api.Auditor.PostAsJsonAsync($"/api/talent-pool/{resumeId}/rematch", new { jobId = "it-engineer-2027-campus" })).StatusCode);
    }

    [Theory]
    [InlineData("minScore=101", "minScore")]
    [InlineData("take=0", "take")]
    [InlineData("stage=Promoted", null)]
    [InlineData("jobId=no-such-job", "jobId")]
    public async Task A_bad_search_is_a_problem(string query, string? field)
    {
        var response = await api.Auditor.GetAsync($"/api/talent-pool?{query}");
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)response.StatusCode} for {query}");
        var problem = await ProblemAssert.IsProblemAsync(response, response.StatusCode);
        if (field is not null) Assert.Equal(field, problem.GetProperty("field").GetString());
    }
}
