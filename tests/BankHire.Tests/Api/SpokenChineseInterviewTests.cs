using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Analysis.Interview;
using BankHire.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BankHire.Tests.Api;

/// <summary>
/// A candidate answers every question in spoken Mandarin. Without a Chinese engine (a fresh installation) the report
/// gives no score and no verdict: it asks for human review and says why — face and voice never stand in for content.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SpokenChineseInterviewTests(ApiFactory api, ITestOutputHelper output)
{
    [Fact]
    public async Task Without_a_Chinese_engine_a_spoken_interview_needs_human_review_and_says_why()
    {
        var (live, report) = await SpokenChinese.InterviewAsync(api, output);

        Assert.Equal(JsonValueKind.Null, report.GetProperty("report").GetProperty("overallScore").ValueKind);
        Assert.Equal("NeedsHumanReview", report.GetProperty("report").GetProperty("recommendation").GetString());
        var reasons = report.GetProperty("report").GetProperty("humanReview").EnumerateArray().ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Equal("ContentNotMeasured", r.GetProperty("code").GetString()));
        Assert.Contains(reasons.SelectMany(r => r.GetProperty("details").EnumerateArray()), d => d.GetString()!.Contains("transcribes 'zh'"));
        Assert.StartsWith("需人工复核", report.GetProperty("explanations").GetProperty("hrZh").GetProperty("summary").GetString());

        // No AI suggestion is kept on the candidate, and HR's notice says a person must review.
        var candidate = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}");
        Assert.True(!candidate.TryGetProperty("suggestion", out var suggestion) || suggestion.ValueKind == JsonValueKind.Null);
        var notices = await api.Recruiter.GetFromJsonAsync<JsonElement>("/api/notifications");
        var notice = notices.EnumerateArray().Last(n => n.GetProperty("interviewId").GetString() == live.InterviewId.ToString());
        Assert.Contains("需人工复核", notice.GetProperty("textZh").GetString());

        // The candidate is told a recruiter will look at their answers, nothing alarming.
        (await api.Recruiter.PostAsync($"/api/interviews/{live.InterviewId}/feedback/release", null)).EnsureSuccessStatusCode();
        var feedback = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/interview/feedback"));
        var lines = feedback.GetProperty("competencies").EnumerateArray().SelectMany(c => c.GetProperty("lines").EnumerateArray()).SelectMany(l => l.EnumerateArray()).Select(l => l.GetString()).ToList();
        Assert.Contains(lines, l => l!.Contains("招聘人员") || l.Contains("recruiter"));
        Assert.DoesNotContain(lines, l => l!.Contains("复核") || l.Contains("review"));
    }
}

/// <summary>The same Mandarin interview, run against any app.</summary>
internal static class SpokenChinese
{
    public static async Task<(LiveCandidate Live, JsonElement Report)> InterviewAsync(ApiFactory api, ITestOutputHelper output)
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync(language: "zh");
        await live.AnswerTypedAsync(live.QuestionIds[0], "您好，我叫李雷。");
        var pcm = InterviewTestMedia.MandarinSpeech(13);
        foreach (var question in live.QuestionIds.Skip(1)) await live.AnswerSpokenAsync(question, pcm);
        var sinceLastAnswer = Stopwatch.StartNew();
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), TimeSpan.FromSeconds(180), "the report");
        output.WriteLine($"last answer finished → report ready: {sinceLastAnswer.Elapsed.TotalSeconds:0.00} s");
        var report = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/interviews/{live.InterviewId}/report");
        output.WriteLine(report.GetProperty("explanations").GetProperty("hrEn").GetProperty("summary").GetString());
        return (live, report);
    }

    public static async Task<AnswerAnalysis> AnalysisAsync(ApiFactory api, LiveCandidate live, string questionId)
    {
        var grains = api.Services.GetRequiredService<IGrainFactory>();
        var score = await grains.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(live.InterviewId, questionId)).GetAsync();
        return AnswerAnalysisJson.Deserialize(score!.AnalysisJson);
    }
}
