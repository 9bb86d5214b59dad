using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Web.CandidatePortal;

namespace BankHire.Tests.Api;

/// <summary>A fresh candidate for the demo teller job, invited, seen through their own invitation token as the page does.</summary>
public sealed record LiveCandidate(ApiFactory Api, Guid CandidateId, Guid InterviewId, string Token, IReadOnlyList<string> QuestionIds)
{
    public const string Job = "teller-2027-campus";

    public static async Task<LiveCandidate> InvitedAsync(ApiFactory api, string jobId = Job)
    {
        var created = await api.Recruiter.PostAsJsonAsync("/api/candidates", new { fullName = "李雷", jobId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var candidateId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var invited = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{candidateId}/interviews", new { expiresInDays = 3 });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        var live = new LiveCandidate(api, candidateId, invitation.GetProperty("interviewId").GetGuid(), invitation.GetProperty("token").GetString()!, []);
        var view = await live.ViewAsync();
        return live with { QuestionIds = [.. view.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!)] };
    }

    public async Task<JsonElement> ViewAsync() => await OkAsync(await SendAsync(HttpMethod.Get, "/api/candidate/interview"));

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        SendAsync(HttpMethod.Post, "/api/candidate/interview" + path, body is null ? null : JsonContent.Create(body));

    public async Task<JsonElement> PostOkAsync(string path, object? body = null) => await OkAsync(await PostAsync(path, body));

    /// <summary>Gives consent as the page does: with face analysis, the separate biometric consent the job's pack shows.</summary>
    public async Task<JsonElement> ConsentAsync(bool face = true, bool voice = true, bool content = true, bool keepRecording = false, string language = "en")
    {
        var biometricNoticeVersion = face && (await ViewAsync()).TryGetProperty("privacy", out var privacy)
            && privacy.TryGetProperty("jurisdiction", out var pack) && pack.ValueKind == JsonValueKind.Object
            && pack.TryGetProperty("biometricNoticeVersion", out var version) ? version.GetString() : null;
        return await PostOkAsync("/consent", new { face, voice, content, keepRecording, textVersion = PrivacyNotice.ConsentTextVersion, language, biometricNoticeVersion });
    }

    public async Task<JsonElement> StartedAsync(bool face = true, string language = "en", bool keepRecording = false)
    {
        await ConsentAsync(face, language: language, keepRecording: keepRecording);
        return await PostOkAsync("/start");
    }

    public Task<HttpResponseMessage> PutChunkAsync(string questionId, string kind, int seq, byte[] body, int attempt = 0)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", kind == "frame" ? "image/jpeg" : "audio/L16;rate=16000");
        return SendAsync(HttpMethod.Put, $"/api/interviews/{InterviewId}/answers/{questionId}/chunks/{seq}?kind={kind}&attempt={attempt}", content);
    }

    public async Task<JsonElement> PutChunkOkAsync(string questionId, string kind, int seq, byte[] body, int attempt = 0) =>
        await OkAsync(await PutChunkAsync(questionId, kind, seq, body, attempt));

    /// <summary>Begins and finishes a question with a typed answer and no media.</summary>
    public async Task AnswerTypedAsync(string questionId, string text)
    {
        await PostOkAsync($"/questions/{questionId}/begin");
        await PostOkAsync($"/questions/{questionId}/finish", new { attempt = 0, frameCount = 0, audioCount = 0, typedAnswer = text });
    }

    /// <summary>Begins and finishes a question spoken with <paramref name="pcm"/> uploaded in one-second chunks (no frames).</summary>
    public async Task AnswerSpokenAsync(string questionId, byte[] pcm)
    {
        await PostOkAsync($"/questions/{questionId}/begin");
        var audio = Support.InterviewTestMedia.Seconds(pcm);
        for (var seq = 0; seq < audio.Count; seq++) await PutChunkOkAsync(questionId, "audio", seq, audio[seq]);
        await PostOkAsync($"/questions/{questionId}/finish", new { attempt = 0, frameCount = 0, audioCount = audio.Count });
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(CandidatePortalEndpoints.TokenHeader, Token);
        return await Api.NewClient().SendAsync(request);
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }
}
