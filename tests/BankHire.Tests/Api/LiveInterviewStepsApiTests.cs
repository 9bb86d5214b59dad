using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>The candidate's steps refuse what the contract refuses, as ProblemDetails naming the field or state; never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class LiveInterviewStepsApiTests(ApiFactory api)
{
    [Fact]
    public async Task The_view_has_the_contract_fields_and_start_needs_consent()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        var view = await live.ViewAsync();
        Assert.True(view.GetProperty("estimatedMinutes").GetInt32() > 0);
        Assert.True(view.GetProperty("privacy").GetProperty("facialAnalysisUsed").GetBoolean());
        // The consent names exactly the measures the job's rubric scores, hidden ones included.
        var measures = view.GetProperty("privacy").GetProperty("analyses").EnumerateArray().ToDictionary(
            a => a.GetProperty("kind").GetString()!, a => a.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("feature").GetString()).ToHashSet());
        var model = (await api.Recruiter.GetFromJsonAsync<JsonElement>($"/api/jobs/{LiveCandidate.Job}")).GetProperty("model");
        var scored = model.GetProperty("competencies").EnumerateArray().SelectMany(c => c.GetProperty("indicators").EnumerateArray())
            .Select(i => i.GetProperty("feature").GetString()).ToHashSet();
        Assert.Equal(scored, measures.Values.SelectMany(m => m).ToHashSet());
        Assert.Contains("eye_contact_ratio", measures["face"]);
        Assert.Contains("extra_face_ratio", measures["face"]);
        Assert.Contains("expected_point_coverage", measures["content"]);
        Assert.Empty(measures["recording"]);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("consent").ValueKind);
        Assert.Equal(live.QuestionIds[0], view.GetProperty("currentQuestionId").GetString());
        Assert.True(view.GetProperty("questions")[0].GetProperty("practice").GetBoolean());

        var refused = await ProblemAssert.IsProblemAsync(await live.PostAsync("/start"), HttpStatusCode.Conflict);
        Assert.Contains("consent", refused.GetProperty("detail").GetString());
        var language = await ProblemAssert.IsProblemAsync(await live.PostAsync("/consent",
            new { face = true, voice = true, content = true, keepRecording = false, textVersion = "v1", language = "fr" }), HttpStatusCode.BadRequest);
        Assert.Equal("language", language.GetProperty("field").GetString());

        var consented = await live.ConsentAsync(face: false);
        Assert.False(consented.GetProperty("consent").GetProperty("face").GetBoolean());
        Assert.Equal("InProgress", (await live.PostOkAsync("/start")).GetProperty("status").GetString());
        Assert.Equal("InProgress", (await live.PostOkAsync("/start")).GetProperty("status").GetString());

        // The page's own tags and an empty begin body are what the contract allows.
        var regional = await live.PostOkAsync("/consent", new { face = true, voice = true, content = true, keepRecording = false, textVersion = "v1", language = "zh-CN" });
        Assert.True(regional.GetProperty("consent").GetProperty("face").GetBoolean());
        var begun = await live.PostOkAsync($"/questions/{live.QuestionIds[0]}/begin", new { });
        Assert.Equal("Answering", begun.GetProperty("questions")[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Order_missing_chunks_unknown_questions_and_early_completion_are_refused()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        var q0 = live.QuestionIds[0];

        await ProblemAssert.IsProblemAsync(await live.PostAsync($"/questions/{live.QuestionIds[2]}/begin"), HttpStatusCode.Conflict);
        var unknown = await ProblemAssert.IsProblemAsync(await live.PostAsync("/questions/nope/begin"), HttpStatusCode.NotFound);
        Assert.Equal("questionId", unknown.GetProperty("field").GetString());

        await live.PostOkAsync($"/questions/{q0}/begin");
        await live.PutChunkOkAsync(q0, "frame", 0, InterviewTestMedia.FaceJpeg);
        await live.PutChunkOkAsync(q0, "frame", 2, InterviewTestMedia.FaceJpeg);
        var missing = await ProblemAssert.IsProblemAsync(
            await live.PostAsync($"/questions/{q0}/finish", new { attempt = 0, frameCount = 3, audioCount = 1 }), HttpStatusCode.Conflict);
        Assert.Equal([1], missing.GetProperty("missingFrameSeqs").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([0], missing.GetProperty("missingAudioSeqs").EnumerateArray().Select(e => e.GetInt32()));
        var negative = await ProblemAssert.IsProblemAsync(
            await live.PostAsync($"/questions/{q0}/finish", new { attempt = 0, frameCount = -1, audioCount = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal("frameCount", negative.GetProperty("field").GetString());

        await live.PutChunkOkAsync(q0, "frame", 1, InterviewTestMedia.FaceJpeg);
        await live.PostOkAsync($"/questions/{q0}/finish", new { attempt = 0, frameCount = 3, audioCount = 0 });
        var early = await ProblemAssert.IsProblemAsync(await live.PostAsync("/complete"), HttpStatusCode.Conflict);
        Assert.Contains(live.QuestionIds[1], early.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_retake_uploads_its_own_numbered_chunks_and_the_view_says_where_to_resume()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        var q0 = live.QuestionIds[0];
        await live.AnswerTypedAsync(q0, "Hello.");

        await ProblemAssert.IsProblemAsync(await live.PostAsync($"/questions/{q0}/begin"), HttpStatusCode.Conflict);
        var retake = await live.PostOkAsync($"/questions/{q0}/begin", new { retake = true });
        var row = retake.GetProperty("questions")[0];
        Assert.Equal((1, 2, "Answering"), (row.GetProperty("attempt").GetInt32(), row.GetProperty("attempts").GetInt32(), row.GetProperty("state").GetString()));

        await live.PutChunkOkAsync(q0, "frame", 0, InterviewTestMedia.FaceJpeg, attempt: 1);
        var resume = (await live.ViewAsync()).GetProperty("questions")[0];
        Assert.Equal((1, 0), (resume.GetProperty("frameNextSeq").GetInt32(), resume.GetProperty("audioNextSeq").GetInt32()));
        var store = api.Services.GetRequiredService<ChunkStore>();
        Assert.Equal([0], await store.ListAsync(new AnswerTrack(live.InterviewId, $"{q0}~1", ChunkKind.Frame)));
        await live.PostOkAsync($"/questions/{q0}/finish", new { attempt = 1, frameCount = 1, audioCount = 0 });

        var badAttempt = await ProblemAssert.IsProblemAsync(await live.PutChunkAsync(q0, "frame", 0, InterviewTestMedia.FaceJpeg, attempt: -1), HttpStatusCode.BadRequest);
        Assert.Equal("attempt", badAttempt.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_device_check_finds_the_face_and_guides_and_refuses_what_is_no_jpeg()
    {
        var live = await LiveCandidate.InvitedAsync(api);

        var face = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg(InterviewTestMedia.FaceJpeg)));
        Assert.Equal(1, face.GetProperty("faces").GetInt32());
        Assert.DoesNotContain(face.GetProperty("guidance").EnumerateArray(), g => g.GetProperty("code").GetString() == "no_face");
        var empty = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg(InterviewTestMedia.EmptyJpeg)));
        Assert.False(empty.GetProperty("ok").GetBoolean());
        Assert.Contains(empty.GetProperty("guidance").EnumerateArray(), g => g.GetProperty("code").GetString() == "no_face" && g.GetProperty("messageEn").GetString()!.Length > 0);

        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
        png.Headers.TryAddWithoutValidation("Content-Type", "image/png");
        await ProblemAssert.IsProblemAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", png), HttpStatusCode.UnsupportedMediaType);
        var corrupt = await ProblemAssert.IsProblemAsync(
            await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg([0x00, 0x01, 0x02])), HttpStatusCode.BadRequest);
        Assert.Equal("body", corrupt.GetProperty("field").GetString());
        var truncated = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg(InterviewTestMedia.FaceJpeg[..200])));
        Assert.False(truncated.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task The_device_check_sees_no_face_on_Chromiums_fake_camera_and_the_small_second_person_beside_the_candidate()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        using var pattern = BankHire.Analysis.Tests.Vision.FacelessFrames.ChromiumFakeCamera(new OpenCvSharp.Size(640, 480), mouthAngle: 20, milliseconds: 800);
        OpenCvSharp.Cv2.ImEncode(".jpg", pattern, out var patternJpeg);

        var fake = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg(patternJpeg)));
        Assert.Equal(0, fake.GetProperty("faces").GetInt32());
        Assert.False(fake.GetProperty("ok").GetBoolean());
        Assert.Contains(fake.GetProperty("guidance").EnumerateArray(), g => g.GetProperty("code").GetString() == "no_face");

        var second = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg(InterviewTestMedia.SecondPersonJpeg)));
        Assert.Equal(2, second.GetProperty("faces").GetInt32());
        Assert.Contains(second.GetProperty("guidance").EnumerateArray(), g => g.GetProperty("code").GetString() == "multiple_faces");
    }

    [Fact]
    public async Task Integrity_signals_are_recorded_for_hr_and_bad_ones_are_problems()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();

        var recorded = await live.PostAsync("/integrity", new { kind = "page_hidden", questionId = live.QuestionIds[0], at = DateTimeOffset.UtcNow });
        Assert.Equal(HttpStatusCode.NoContent, recorded.StatusCode);
        var kind = await ProblemAssert.IsProblemAsync(await live.PostAsync("/integrity", new { kind = "screenshot", at = DateTimeOffset.UtcNow }), HttpStatusCode.BadRequest);
        Assert.Equal("kind", kind.GetProperty("field").GetString());
        await ProblemAssert.IsProblemAsync(await live.PostAsync("/integrity", new { kind = "paste", questionId = "nope", at = DateTimeOffset.UtcNow }), HttpStatusCode.NotFound);
        var noQuestion = await ProblemAssert.IsProblemAsync(await live.SendAsync(HttpMethod.Get, "/api/candidate/interview/hints"), HttpStatusCode.BadRequest);
        Assert.Equal("questionId", noQuestion.GetProperty("field").GetString());

        var hr = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/interviews/{live.InterviewId}");
        Assert.Equal("page_hidden", hr.GetProperty("integrity")[0].GetProperty("kind").GetString());
        Assert.Equal(BankHire.Web.CandidatePortal.PrivacyNotice.ConsentTextVersion, hr.GetProperty("consent").GetProperty("textVersion").GetString());
        await ProblemAssert.IsProblemAsync(await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/report"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Someone_else_in_view_is_a_live_hint_and_an_integrity_signal_for_hr()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        var check = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Post, "/api/candidate/interview/device-check", Jpeg(InterviewTestMedia.TwoFacesJpeg)));
        Assert.Equal(2, check.GetProperty("faces").GetInt32());
        Assert.Contains(check.GetProperty("guidance").EnumerateArray(), g => g.GetProperty("code").GetString() == "multiple_faces");

        await live.StartedAsync();
        var q0 = live.QuestionIds[0];
        await live.PostOkAsync($"/questions/{q0}/begin");
        // Frame 0 is one the small-face pass searches: the second person is small, as beside a real candidate.
        await live.PutChunkOkAsync(q0, "frame", 0, InterviewTestMedia.SecondPersonJpeg);
        await live.PutChunkOkAsync(q0, "frame", 1, InterviewTestMedia.TwoFacesJpeg);

        var hints = await Eventually.ReturnsAsync(
            async () => await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, $"/api/candidate/interview/hints?questionId={q0}")),
            h => h.GetArrayLength() > 0, TimeSpan.FromSeconds(60), "a hint");
        Assert.Contains(hints.EnumerateArray(), h => h.GetProperty("code").GetString() == "multiple_faces");
        var hr = await Eventually.ReturnsAsync(() => api.Admin.GetFromJsonAsync<JsonElement>($"/api/interviews/{live.InterviewId}"),
            v => v.GetProperty("integrity").GetArrayLength() > 0, TimeSpan.FromSeconds(60), "the integrity signal");
        var signal = Assert.Single(hr.GetProperty("integrity").EnumerateArray());
        Assert.Equal(("extra_faces", q0), (signal.GetProperty("kind").GetString(), signal.GetProperty("questionId").GetString()));
    }

    [Fact]
    public async Task Ten_seconds_without_speech_is_the_silent_hint_and_without_voice_consent_there_is_none()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        var q0 = live.QuestionIds[0];
        await live.PostOkAsync($"/questions/{q0}/begin");
        var silence = InterviewTestMedia.Seconds(InterviewTestMedia.Silence(10));
        for (var seq = 0; seq < silence.Count; seq++) await live.PutChunkOkAsync(q0, "audio", seq, silence[seq]);

        var hints = await Eventually.ReturnsAsync(
            async () => await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, $"/api/candidate/interview/hints?questionId={q0}")),
            h => h.GetArrayLength() > 0, TimeSpan.FromSeconds(60), "the silent hint");
        Assert.Equal(["silent"], hints.EnumerateArray().Select(h => h.GetProperty("code").GetString()));

        await live.PostOkAsync("/consent", new { face = true, voice = false, content = true, keepRecording = false, textVersion = "v1", language = "en" });
        var none = await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, $"/api/candidate/interview/hints?questionId={q0}"));
        Assert.Equal(0, none.GetArrayLength());
    }

    private static ByteArrayContent Jpeg(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "image/jpeg");
        return content;
    }
}
