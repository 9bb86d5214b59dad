using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>The job's jurisdiction pack as the candidate meets it: its notice on the status page, the US-NYC notice period
/// at the start of the interview, and the alternative process they may ask for instead.</summary>
[Collection(ApiCollection.Name)]
public sealed class JurisdictionApiTests(ApiFactory api)
{
    [Fact]
    public async Task In_New_York_City_the_status_page_gives_the_notice_the_interview_waits_ten_business_days_and_the_candidate_may_ask_for_another_process()
    {
        var live = await LiveCandidate.InvitedAsync(api, await JobInAsync("US-NYC"));

        var status = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/status"));
        var pack = status.GetProperty("jurisdiction");
        Assert.Equal("US-NYC", pack.GetProperty("code").GetString());
        Assert.Contains(pack.GetProperty("noticeEn").EnumerateArray(), n => n.GetString()!.Contains("10 business days"));
        Assert.Contains(pack.GetProperty("noticeZh").EnumerateArray(), n => n.GetString()!.Contains("10 个工作日"));
        Assert.True(pack.GetProperty("alternativeProcessOnRequest").GetBoolean());

        await live.ConsentAsync();
        var early = await ProblemAssert.IsProblemAsync(await live.PostAsync("/start"), HttpStatusCode.Conflict);
        Assert.Contains("business days", early.GetProperty("detail").GetString());

        await ProblemAssert.IsProblemAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/privacy/alternative-process",
            JsonContent.Create(new { reason = new string('x', 1001) })), HttpStatusCode.BadRequest);
        var asked = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/privacy/alternative-process",
            JsonContent.Create(new { reason = "I would like to speak with a recruiter." })));
        Assert.Equal("I would like to speak with a recruiter.", asked.GetProperty("alternativeProcess").GetProperty("reason").GetString());
        var hr = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}/privacy");
        Assert.Equal("I would like to speak with a recruiter.", hr.GetProperty("alternativeProcess").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_job_without_a_jurisdiction_shows_no_pack_on_the_status_page()
    {
        var live = await LiveCandidate.InvitedAsync(api);

        var status = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/status"));

        Assert.Equal(JsonValueKind.Null, status.GetProperty("jurisdiction").ValueKind);
    }

    private async Task<string> JobInAsync(string jurisdiction)
    {
        var jobId = $"pack-{jurisdiction.ToLowerInvariant()}-{Guid.NewGuid():N}"[..40];
        var model = JobTemplates.LoadJson(JobTemplates.Teller).Replace("\"policy\": {", $"\"policy\": {{ \"jurisdiction\": \"{jurisdiction}\",");
        await api.Services.GetRequiredService<IGrainFactory>().GetGrain<IJobRubricGrain>(jobId)
            .CreateAsync(new JobPosting("柜员", "Teller", "teller", null, 1, JobStatus.Open), model, "test");
        return jobId;
    }
}
