using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BankHire.Tests.Api;

namespace BankHire.Tests.CandidateStatus;

/// <summary>A teller job HR creates through the API with a chosen feedback release policy, and candidates invited to it.</summary>
public static class StatusJob
{
    /// <summary>Creates the job from the teller template; <paramref name="releaseAfterMinutes"/> null leaves release to HR;
    /// <paramref name="interviewWindow"/> is the policy's <c>interviewWindow</c> (left out: the default).</summary>
    public static async Task<string> CreateAsync(HttpClient hr, int? releaseAfterMinutes, JsonObject? interviewWindow = null)
    {
        var model = (await hr.GetFromJsonAsync<JsonObject>("/api/job-templates/teller"))!;
        var policy = model["policy"]!;
        if (interviewWindow is not null) policy["interviewWindow"] = interviewWindow;
        policy["releaseFeedbackAutomatically"] = releaseAfterMinutes is not null;
        if (releaseAfterMinutes is { } minutes) policy["releaseFeedbackAfterMinutes"] = minutes;
        var id = $"status-{Guid.NewGuid():N}"[..24];
        var response = await hr.PostAsJsonAsync("/api/jobs", new JsonObject
        {
            ["id"] = id, ["model"] = model, ["titleZh"] = "综合柜员（进度测试）", ["titleEn"] = "Teller (status test)", ["branchCode"] = "SH-LJZ",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating the job: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>A new candidate for the job, invited; seen through their own token.</summary>
    public static async Task<LiveCandidate> InviteAsync(ApiFactory api, string jobId, string name = "韩梅梅")
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = name, jobId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var candidateId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var invited = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidateId}/interviews", new { expiresInDays = 3 });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        var live = new LiveCandidate(api, candidateId, invitation.GetProperty("interviewId").GetGuid(), invitation.GetProperty("token").GetString()!, []);
        var view = await live.ViewAsync();
        return live with { QuestionIds = [.. view.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!)] };
    }

    /// <summary>Consents, answers every question in typing and completes.</summary>
    public static async Task CompleteAsync(LiveCandidate live)
    {
        await live.StartedAsync();
        foreach (var question in live.QuestionIds) await live.AnswerTypedAsync(question, "我会先向客户致歉，耐心解释规定，再帮助客户办理业务。");
        await live.PostOkAsync("/complete");
    }

    public static async Task<JsonElement> StatusAsync(LiveCandidate live) =>
        await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/status"));
}
