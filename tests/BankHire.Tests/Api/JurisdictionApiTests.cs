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
    public async Task In_China_an_interview_with_face_analysis_waits_for_the_jobs_impact_assessment_which_HR_records_with_its_reviewer_and_date()
    {
        var jobId = await JobInAsync("CN");
        var live = await LiveCandidate.InvitedAsync(api, jobId);
        var before = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}/impact-assessment");
        Assert.True(before.GetProperty("required").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("current").ValueKind);

        await live.ConsentAsync(face: true);
        var refused = await ProblemAssert.IsProblemAsync(await live.PostAsync("/start"), HttpStatusCode.Conflict);
        Assert.Contains("impact assessment", refused.GetProperty("detail").GetString());

        var assessment = new
        {
            purpose = "评估柜员候选人的服务沟通能力", necessity = "校园招聘人数多，人工初筛无法覆盖",
            risks = "人脸属于敏感个人信息；表情指标可能对部分群体不公平", measures = "单独同意、加密存储、180 天删除、人工复核、四分之五规则监测",
            reviewer = "合规部 李审", assessedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        };
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsJsonAsync($"/api/jobs/{jobId}/impact-assessment", assessment with { reviewer = " " }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsJsonAsync($"/api/jobs/{jobId}/impact-assessment",
            assessment with { assessedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsJsonAsync("/api/jobs/no-such-job/impact-assessment", assessment), HttpStatusCode.NotFound);
        var recorded = await (await api.Recruiter.PutAsJsonAsync($"/api/jobs/{jobId}/impact-assessment", assessment)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("合规部 李审", recorded.GetProperty("current").GetProperty("reviewer").GetString());
        Assert.Single(recorded.GetProperty("history").EnumerateArray());

        Assert.Equal("InProgress", (await LiveCandidate.OkAsync(await live.PostAsync("/start"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task HR_sets_when_the_New_York_City_notice_was_given_never_in_the_future_and_the_interview_starts_ten_business_days_after_it()
    {
        var live = await LiveCandidate.InvitedAsync(api, await JobInAsync("US-NYC"));
        await live.ConsentAsync();
        await ProblemAssert.IsProblemAsync(await live.PostAsync("/start"), HttpStatusCode.Conflict);

        await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsJsonAsync($"/api/interviews/{live.InterviewId}/notice",
            new { noticeGivenAt = DateTimeOffset.UtcNow.AddDays(1) }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsJsonAsync($"/api/interviews/{live.InterviewId}/notice", new { }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await api.Recruiter.PutAsJsonAsync($"/api/interviews/{Guid.NewGuid()}/notice",
            new { noticeGivenAt = DateTimeOffset.UtcNow.AddDays(-15) }), HttpStatusCode.NotFound);
        var noticed = await api.Recruiter.PutAsJsonAsync($"/api/interviews/{live.InterviewId}/notice", new { noticeGivenAt = DateTimeOffset.UtcNow.AddDays(-15) });
        Assert.Equal(HttpStatusCode.OK, noticed.StatusCode);

        Assert.Equal("InProgress", (await LiveCandidate.OkAsync(await live.PostAsync("/start"))).GetProperty("status").GetString());
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
