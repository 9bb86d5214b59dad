using BankHire.Analysis.Vision;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Analysis.Interview;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BankHire.Tests.Api;

/// <summary>
/// The live interview end to end through the API with real media (the astronaut's face, espeak-ng speech): chunks
/// stored, doorbells on the streams, scorers on implicit subscriptions, finish, complete, the report.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LiveInterviewApiTests(ApiFactory api, ITestOutputHelper output)
{
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(180);
    private const int Frames = 21;      // 10.5 s at 2 fps; vision reads every second one (FrameSampling.Default): 11
    private const int FaceFrames = 12;  // the face for the first 6 s, then the empty room
    private const int AudioSeconds = 10;

    [Fact]
    public async Task A_live_answer_flows_through_the_scorers_and_the_completed_interview_gets_a_reproducible_report()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        // The recording is kept (consented), so the answers can be analysed again from the store below.
        var started = await live.StartedAsync(keepRecording: true);
        Assert.Equal("InProgress", started.GetProperty("status").GetString());
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello, my name is Li Lei.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");

        var (pcm, speechSeconds) = InterviewTestMedia.EnglishSpeech(AudioSeconds);
        for (var seq = 0; seq < Frames - 1; seq++)
            await live.PutChunkOkAsync(question, "frame", seq, seq < FaceFrames ? InterviewTestMedia.FaceJpeg : InterviewTestMedia.EmptyJpeg);
        var resent = await live.PutChunkOkAsync(question, "frame", 0, InterviewTestMedia.FaceJpeg);
        Assert.False(resent.GetProperty("stored").GetBoolean());
        var audio = InterviewTestMedia.Seconds(pcm);
        for (var seq = 0; seq < audio.Count; seq++) await live.PutChunkOkAsync(question, "audio", seq, audio[seq]);
        var sinceLastChunk = Stopwatch.StartNew();

        // The scorers read every frame whose doorbell rang and that vision samples, once per seq despite the resend.
        var key = AnswerKeys.StreamKey(live.InterviewId, question);
        var streamedAndSampled = Enumerable.Range(0, Frames - 1).Count(FrameSampling.Default.Analyses);
        var seen = await Eventually.ReturnsAsync(() => Grains.GetGrain<IVisionScorerGrain>(key).LatestAsync(3).AsTask(),
            r => r.Count == streamedAndSampled, ScoringTimeout, "the vision scorer to read the streamed frames");
        Assert.All(seen.Latest, f => Assert.Equal(0, f.Faces));
        await Eventually.ReturnsAsync(() => Grains.GetGrain<IAudioScorerGrain>(key).LatestAsync(1).AsTask(),
            r => r.Count == AudioSeconds, ScoringTimeout, "the audio scorer to read the streamed audio");
        var hints = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, $"/api/candidate/interview/hints?questionId={question}"));
        var codes = hints.EnumerateArray().Select(h => h.GetProperty("code").GetString()).ToList();
        Assert.Contains("face_not_visible", codes);
        Assert.DoesNotContain("silent", codes);

        // The last frame (a sampled one) is stored but its doorbell never rings (a lost event): the finish still reads it.
        Assert.True(FrameSampling.Default.Analyses(Frames - 1));
        await Store.StoreAsync(new AnswerChunk(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame), Frames - 1, "image/jpeg", InterviewTestMedia.EmptyJpeg));
        await live.PostOkAsync($"/questions/{question}/finish", new { attempt = 0, frameCount = Frames, audioCount = AudioSeconds });
        foreach (var q in live.QuestionIds.Skip(2))
            await live.AnswerTypedAsync(q, "First I would apologise and listen, then explain the rules politely and verify the customer's identity.");

        var clock = Stopwatch.StartNew();
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), ScoringTimeout, "the report");
        output.WriteLine($"complete → reportReady: {clock.Elapsed.TotalSeconds:0.00} s; last chunk acknowledged → reportReady: {sinceLastChunk.Elapsed.TotalSeconds:0.00} s (includes the test's own hint checks and typed answers)");

        var answer = (await Grains.GetGrain<IAnswerScoringGrain>(key).GetAsync())!;
        var analysis = AnswerAnalysisJson.Deserialize(answer.AnalysisJson);
        output.WriteLine($"answer scored on {answer.Silo} in {answer.AnalysisSeconds:0.00} s; frames from stream {answer.FramesFromStream}, from store {answer.FramesFromStore}");
        output.WriteLine(string.Join("; ", analysis.Features.Select(f => $"{f.Name}={f.Value?.ToString("0.###") ?? "no data: " + f.NoDataReason}")));
        Assert.Equal((streamedAndSampled, 1), (answer.FramesFromStream, answer.FramesFromStore));
        Assert.InRange(analysis["face_presence_ratio"]!.Value!.Value, FaceFrames / (double)Frames - 0.05, FaceFrames / (double)Frames + 0.05);
        Assert.InRange(analysis["speaking_ratio"]!.Value!.Value, speechSeconds / AudioSeconds - 0.1, speechSeconds / AudioSeconds + 0.1);
        Assert.Equal(AudioSeconds, analysis.DurationSeconds, 0.01);

        var report = await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/report");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var json = await report.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(json).RootElement.GetProperty("report");
        Assert.Equal(1, document.GetProperty("rubricVersion").GetInt32());
        Assert.True(document.GetProperty("analyserVersions").GetArrayLength() > 0);

        // Reproducible: every answer analysed again from the chunk store scores to the same bytes.
        var again = await Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).RescoreFromStoreAsync();
        Assert.Equal(json, again.Json);

        // The practice answer is never analysed; the result is on the candidate's profile.
        Assert.Null(await Grains.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(live.InterviewId, live.QuestionIds[0])).GetAsync());
        var summary = Assert.Single(await Grains.GetGrain<BankHire.Candidates.ICandidateGrain>(live.CandidateId).GetInterviewReportsAsync());
        Assert.Equal((live.InterviewId, 1), (summary.InterviewId, summary.RubricVersion));

        var candidate = await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}");
        Assert.Equal("Completed", candidate.GetProperty("stage").GetString());
        var notices = await api.Recruiter.GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Contains(notices.EnumerateArray(), n => n.GetProperty("interviewId").GetString() == live.InterviewId.ToString());
        var feedback = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/interview/feedback"));
        Assert.False(feedback.GetProperty("released").GetBoolean()); // the demo teller job leaves release to HR
        (await api.Recruiter.PostAsync($"/api/interviews/{live.InterviewId}/feedback/release", null)).EnsureSuccessStatusCode();
        feedback = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/interview/feedback"));
        Assert.True(feedback.GetProperty("released").GetBoolean());
        var competencies = feedback.GetProperty("competencies").EnumerateArray().ToList();
        Assert.Equal(6, competencies.Count);
        Assert.All(competencies, c => Assert.True(c.GetProperty("lines").GetArrayLength() > 0));
        Assert.Equal(JsonValueKind.Null, feedback.GetProperty("overallScore").ValueKind);
    }

    [Fact]
    public async Task Declining_face_analysis_leaves_no_facial_feature_and_the_report_says_so_and_withdrawing_deletes_it()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync(face: false);
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");
        // Frames are not even stored without face consent (the page does not send them; the server refuses them).
        var refused = await ProblemAssert.IsProblemAsync(await live.PutChunkAsync(question, "frame", 0, InterviewTestMedia.FaceJpeg), HttpStatusCode.Forbidden);
        Assert.Equal("noFaceConsent", refused.GetProperty("code").GetString());
        var audio = InterviewTestMedia.Seconds(InterviewTestMedia.EnglishSpeech(4).Pcm);
        for (var seq = 0; seq < audio.Count; seq++) await live.PutChunkOkAsync(question, "audio", seq, audio[seq]);
        await live.PostOkAsync($"/questions/{question}/finish", new { attempt = 0, frameCount = 0, audioCount = audio.Count });
        foreach (var q in live.QuestionIds.Skip(2)) await live.AnswerTypedAsync(q, "I would apologise and explain the rules.");
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), ScoringTimeout, "the report");

        var key = AnswerKeys.StreamKey(live.InterviewId, question);
        var analysis = AnswerAnalysisJson.Deserialize((await Grains.GetGrain<IAnswerScoringGrain>(key).GetAsync())!.AnalysisJson);
        Assert.DoesNotContain(analysis.Features, f => f.Name is "face_presence_ratio" or "eye_contact_ratio" or "smile_ratio" or "extra_face_ratio");
        Assert.Contains(analysis.Notes, n => n.Contains("did not consent to face analysis"));
        Assert.NotNull(analysis["speaking_ratio"]?.Value);
        // No frame was looked at live.
        Assert.Equal(0, (await Grains.GetGrain<IVisionScorerGrain>(key).LatestAsync(1)).Count);

        var json = await api.Admin.GetStringAsync($"/api/interviews/{live.InterviewId}/report");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.GetProperty("report").GetProperty("consents").GetProperty("faceConsent").GetBoolean());
        Assert.DoesNotContain("face_presence_ratio", json);
        var hr = root.GetProperty("explanations").GetProperty("hrEn").ToString();
        Assert.Contains("consent", hr, StringComparison.OrdinalIgnoreCase);

        var withdrawn = await live.PostOkAsync("/consent/withdraw");
        Assert.False(withdrawn.GetProperty("reportReady").GetBoolean());
        Assert.True(withdrawn.GetProperty("consent").TryGetProperty("withdrawnAt", out var at) && at.ValueKind == JsonValueKind.String);
        await Eventually.TrueAsync(async () => (await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/report")).StatusCode == HttpStatusCode.NotFound,
            ScoringTimeout, "the report to be deleted");
    }

    private IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();

    private ChunkStore Store => api.Services.GetRequiredService<ChunkStore>();
}
