using BankHire.Analysis.Vision;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>
/// The 360° profile shows what each answer's indicators were measured on: the analysed text with the content
/// explanations' spans, and a few frames — the frames only under face and keep-recording consent.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnswerEvidenceApiTests(ApiFactory api)
{
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(180);
    private const int Frames = 8;      // the face for the first 4, then the empty room; vision reads 0, 2, 4 and 6
    private const int FaceFrames = 4;
    private const string Answer = "First I would apologise and listen, then explain the rules politely and verify the customer's identity.";

    [Fact]
    public async Task With_consent_to_keep_the_recording_the_profile_shows_the_transcript_and_HR_sees_the_frames()
    {
        var (live, question) = await CompletedAsync(keepRecording: true, content: true);

        var answer = await AnswerOnProfileAsync(api.Admin, live, question);
        Assert.Equal("typed", answer.GetProperty("source").GetString());
        var transcript = answer.GetProperty("transcript").GetString()!;
        Assert.Equal(Answer, transcript);
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("questionEn").GetString()));
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("competencyKey").GetString()));
        var spans = answer.GetProperty("explanations").EnumerateArray().SelectMany(e => e.GetProperty("spans").EnumerateArray()).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal(s.GetProperty("snippet").GetString(),
            transcript.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())));

        // First, middle, last, and the first frame the live readings saw without a face (the middle one here).
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("noFrames").ValueKind);
        var frames = answer.GetProperty("frames").EnumerateArray().ToDictionary(f => f.GetProperty("seq").GetInt32());
        Assert.Equal([0, Frames / 2, Frames - 1], frames.Keys.Order());
        Assert.Equal(["Middle", "NoFace"], frames[FaceFrames].GetProperty("picked").EnumerateArray().Select(p => p.GetString()));

        foreach (var (seq, frame) in frames)
        {
            var response = await api.Admin.GetAsync(frame.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.NoStore, "a candidate's face is never cached");
            Assert.Equal(seq < FaceFrames ? InterviewTestMedia.FaceJpeg : InterviewTestMedia.EmptyJpeg, await response.Content.ReadAsByteArrayAsync());
        }

        var beyond = await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/answers/{question}/frames/{Frames}");
        Assert.Equal("seq", (await ProblemAssert.IsProblemAsync(beyond, HttpStatusCode.NotFound)).GetProperty("field").GetString());
        var unknown = await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/answers/no-such-question/frames/0");
        Assert.Equal("questionId", (await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("field").GetString());

        // Keeping the text changes nothing in the report: it is still rescored from the store byte for byte.
        var stored = await api.Admin.GetStringAsync($"/api/interviews/{live.InterviewId}/report");
        Assert.Equal(stored, (await Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).RescoreFromStoreAsync()).Json);
    }

    [Fact]
    public async Task Only_HR_roles_that_review_interviews_get_the_frames()
    {
        var (live, question) = await CompletedAsync(keepRecording: true, content: true);
        var path = $"/api/interviews/{live.InterviewId}/answers/{question}/frames/0";

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.NewClient().GetAsync(path)).StatusCode);
        // The candidate's own invitation token is no HR sign-in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await live.SendAsync(HttpMethod.Get, path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Auditor.GetAsync(path)).StatusCode);

        // The auditor reads the profile, but is told why no frames are listed.
        var answer = await AnswerOnProfileAsync(api.Auditor, live, question);
        Assert.Empty(answer.GetProperty("frames").EnumerateArray());
        Assert.Equal("role", answer.GetProperty("noFrames").GetProperty("code").GetString());
        // Nor transcripts: auditors read decisions and the audit trail, not what the candidate said.
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("transcript").ValueKind);
        // Recruiters see composite scores and transcripts, not the frames.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Recruiter.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Without_consent_to_keep_the_recording_no_frame_is_served_and_without_content_consent_no_text_is_kept()
    {
        var (live, question) = await CompletedAsync(keepRecording: false, content: false);

        var answer = await AnswerOnProfileAsync(api.Admin, live, question);
        Assert.Empty(answer.GetProperty("frames").EnumerateArray());
        Assert.Equal("noKeepRecordingConsent", answer.GetProperty("noFrames").GetProperty("code").GetString());
        Assert.Contains("keeping the recording", answer.GetProperty("noFrames").GetProperty("reason").GetString());
        Assert.Equal("none", answer.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("transcript").ValueKind);
        Assert.Empty(answer.GetProperty("explanations").EnumerateArray());

        var refused = await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/answers/{question}/frames/0");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("did not consent to keeping the recording", ProblemAssert.Detail(problem));
    }

    /// <summary>A completed interview whose first scored question was answered with frames and typed words.</summary>
    internal static async Task<(LiveCandidate Live, string Question)> CompletedAsync(ApiFactory api, bool keepRecording, bool content)
    {
        var live = await LiveCandidate.InvitedAsync(api);
        return (live, await new AnswerEvidenceApiTests(api).AnsweredAsync(live, keepRecording, content));
    }

    private async Task<(LiveCandidate Live, string Question)> CompletedAsync(bool keepRecording, bool content)
    {
        var live = await LiveCandidate.InvitedAsync(api);
        return (live, await AnsweredAsync(live, keepRecording, content));
    }

    private async Task<string> AnsweredAsync(LiveCandidate live, bool keepRecording, bool content)
    {
        await live.ConsentAsync(face: true, content: content, keepRecording: keepRecording);
        await live.PostOkAsync("/start");
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello, my name is Li Lei.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");
        for (var seq = 0; seq < Frames; seq++)
            await live.PutChunkOkAsync(question, "frame", seq, seq < FaceFrames ? InterviewTestMedia.FaceJpeg : InterviewTestMedia.EmptyJpeg);
        var key = AnswerKeys.StreamKey(live.InterviewId, question);
        await Eventually.ReturnsAsync(() => Grains.GetGrain<IVisionScorerGrain>(key).LatestAsync(1).AsTask(),
            r => r.Count == Enumerable.Range(0, Frames).Count(FrameSampling.Default.Analyses), ScoringTimeout, "the vision scorer to read the streamed frames");
        await live.PostOkAsync($"/questions/{question}/finish", new { attempt = 0, frameCount = Frames, audioCount = 0, typedAnswer = Answer });
        foreach (var q in live.QuestionIds.Skip(2)) await live.AnswerTypedAsync(q, Answer);
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), ScoringTimeout, "the report");
        return question;
    }

    private static async Task<JsonElement> AnswerOnProfileAsync(HttpClient hr, LiveCandidate live, string question)
    {
        var profile = await hr.GetFromJsonAsync<JsonElement>($"/api/candidates/{live.CandidateId}/profile");
        var answers = profile.GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal(live.QuestionIds.Count - 1, answers.Count); // every scored answer, not the practice one
        return Assert.Single(answers, a => a.GetProperty("questionId").GetString() == question);
    }

    private IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();
}
