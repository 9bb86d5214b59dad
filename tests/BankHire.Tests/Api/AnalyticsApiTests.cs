using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using static BankHire.Tests.Api.ResumeUploads;

namespace BankHire.Tests.Api;

/// <summary>Bulk stage moves and the pipeline report built from the candidates' recorded stage changes.</summary>
[Collection(ApiCollection.Name)]
public sealed class AnalyticsApiTests(ApiFactory api)
{
    [Fact]
    public async Task Bulk_move_moves_each_allowed_candidate_and_says_why_the_others_were_not()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var a = await NewCandidateAsync(job, "甲");
        var b = await NewCandidateAsync(job, "乙");
        await MoveAsync([b], "Rejected");
        var missing = Guid.NewGuid();

        var results = await MoveAsync([a, b, missing], "Invited");

        Assert.True((bool)results.Single(r => (string)r!["candidateId"]! == a.ToString())!["moved"]!);
        var refused = results.Single(r => (string)r!["candidateId"]! == b.ToString())!;
        Assert.False((bool)refused["moved"]!);
        Assert.Contains("Rejected", (string)refused["error"]!);
        Assert.Contains("does not exist", (string)results.Single(r => (string)r!["candidateId"]! == missing.ToString())!["error"]!);
        Assert.Equal("Invited", (string)(await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/candidates/{a}"))!["stage"]!);
    }

    [Fact]
    public async Task Bulk_move_of_no_candidates_or_an_unknown_stage_is_a_problem()
    {
        var empty = await api.Recruiter.PostAsJsonAsync("/api/candidates/bulk/stage", new { candidateIds = Array.Empty<Guid>(), stage = "Invited" });
        Assert.Equal("candidateIds", (await ProblemAssert.IsProblemAsync(empty, HttpStatusCode.BadRequest)).GetProperty("field").GetString());

        var unknown = await api.Recruiter.PostAsync("/api/candidates/bulk/stage",
            new StringContent($$"""{"candidateIds":["{{Guid.NewGuid()}}"],"stage":"Promoted"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task The_job_report_counts_the_funnel_and_drop_off_from_the_moves_made()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++) ids.Add(await NewCandidateAsync(job, $"候选人{i}"));
        await MoveAsync(ids.Take(3).ToArray(), "Invited");
        await MoveAsync(ids.Take(2).ToArray(), "Booked");
        await MoveAsync([ids[2]], "Withdrawn");
        await MoveAsync([ids[3]], "Rejected");

        var report = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/jobs/{job}/analytics"))!["report"]!;

        Assert.Equal(4, (int)report["candidates"]!);
        var funnel = report["funnel"]!.AsArray().ToDictionary(f => (string)f!["stage"]!);
        Assert.Equal(4, (int)funnel["Applied"]!["reached"]!);
        Assert.Equal(3, (int)funnel["Invited"]!["reached"]!);
        Assert.Equal(2, (int)funnel["Booked"]!["reached"]!);
        Assert.Equal(2, (int)funnel["Booked"]!["current"]!);
        var dropOffs = report["dropOffs"]!.AsArray().ToDictionary(d => (string)d!["stage"]!);
        Assert.Equal(1, (int)dropOffs["Invited"]!["withdrawn"]!);
        Assert.Equal(1, (int)dropOffs["Applied"]!["rejected"]!);
        var invitedStays = report["timeInStage"]!.AsArray().Single(t => (string)t!["stage"]! == "Invited")!["duration"]!;
        Assert.Equal(3, (int)invitedStays["count"]!);

        var all = (await api.Recruiter.GetFromJsonAsync<JsonObject>("/api/analytics"))!;
        Assert.Contains(all["jobs"]!.AsArray(), j => (string)j!["jobId"]! == job);
        Assert.True((int)all["overall"]!["candidates"]! >= 4);
    }

    [Fact]
    public async Task The_job_exports_as_csv_and_xlsx()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var id = await NewCandidateAsync(job, "王小明");
        await MoveAsync([id], "Invited");

        var csv = await api.Recruiter.GetAsync($"/api/jobs/{job}/analytics/export?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"{id},王小明,Invited,", text);

        var xlsx = await api.Recruiter.GetAsync($"/api/jobs/{job}/analytics/export?format=xlsx");
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var candidates = book.Query(useHeaderRow: true, sheetName: "Candidates").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("王小明", Assert.Single(candidates)["Name"]);

        Assert.Equal("format", (await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/jobs/{job}/analytics/export?format=pdf"), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        Assert.Equal("jobId", (await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync("/api/jobs/no-such-job/analytics"), HttpStatusCode.NotFound)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_period_counts_only_those_who_applied_in_it_and_a_bad_period_is_a_problem()
    {
        var job = await NewTellerJobAsync(api.Recruiter);
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        await NewCandidateAsync(job, "甲");
        await NewCandidateAsync(job, "乙");
        var after = DateTimeOffset.UtcNow.AddMinutes(5);
        string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

        var within = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/jobs/{job}/analytics?from={Iso(before)}&to={Iso(after)}"))!;
        Assert.Equal(2, (int)within["report"]!["candidates"]!);
        Assert.NotNull(within["asOf"]);
        var later = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/jobs/{job}/analytics?from={Iso(after)}"))!;
        Assert.Equal(0, (int)later["report"]!["candidates"]!);
        var earlier = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/jobs/{job}/analytics?to={Iso(before)}"))!;
        Assert.Equal(0, (int)earlier["report"]!["candidates"]!);
        var overall = (await api.Recruiter.GetFromJsonAsync<JsonObject>($"/api/analytics?from={Iso(after)}"))!;
        Assert.Equal(0, (int)overall["overall"]!["candidates"]!);

        Assert.Equal("from", (await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/jobs/{job}/analytics?from=yesterday"), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        Assert.Equal("to", (await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/jobs/{job}/analytics?from={Iso(after)}&to={Iso(before)}"), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        Assert.Equal("to", (await ProblemAssert.IsProblemAsync(await api.Recruiter.GetAsync($"/api/analytics?to=13/45/2026"), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    private async Task<Guid> NewCandidateAsync(string job, string name)
    {
        var response = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = name, jobId = job });
        response.EnsureSuccessStatusCode();
        return Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
    }

    private async Task<JsonArray> MoveAsync(IReadOnlyList<Guid> ids, string stage)
    {
        var response = await api.Recruiter.PostAsJsonAsync("/api/candidates/bulk/stage", new { candidateIds = ids, stage });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
