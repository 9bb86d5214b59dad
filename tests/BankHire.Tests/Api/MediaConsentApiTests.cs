using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Scoring;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>Consent enforced where media is stored: nothing kept that the consent in force does not cover.</summary>
[Collection(ApiCollection.Name)]
public sealed class MediaConsentApiTests(ApiFactory api)
{
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(180);
    private static readonly byte[] OneSecondOfSilence = new byte[32_000];

    [Fact]
    public async Task Frames_are_refused_without_face_consent_while_audio_is_still_taken()
    {
        var (live, question) = await AnsweringAsync(face: false);

        var refused = await ProblemAssert.IsProblemAsync(await live.PutChunkAsync(question, "frame", 0, InterviewTestMedia.FaceJpeg), HttpStatusCode.Forbidden);
        Assert.Equal("noFaceConsent", refused.GetProperty("code").GetString());
        await live.PutChunkOkAsync(question, "audio", 0, OneSecondOfSilence);

        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        Assert.Equal([0], await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Audio)));
    }

    [Fact]
    public async Task Audio_is_refused_when_neither_voice_nor_content_analysis_was_consented()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.ConsentAsync(face: true, voice: false, content: false);
        await live.PostOkAsync("/start");
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello.");
        await live.PostOkAsync($"/questions/{live.QuestionIds[1]}/begin");

        var refused = await ProblemAssert.IsProblemAsync(await live.PutChunkAsync(live.QuestionIds[1], "audio", 0, OneSecondOfSilence), HttpStatusCode.Forbidden);
        Assert.Equal("noVoiceOrContentConsent", refused.GetProperty("code").GetString());
        await live.PutChunkOkAsync(live.QuestionIds[1], "frame", 0, InterviewTestMedia.FaceJpeg);
    }

    [Fact]
    public async Task Withdrawing_consent_deletes_the_stored_media_and_refuses_every_later_chunk()
    {
        var (live, question) = await AnsweringAsync(face: true);
        await live.PutChunkOkAsync(question, "frame", 0, InterviewTestMedia.FaceJpeg);
        await live.PutChunkOkAsync(question, "audio", 0, OneSecondOfSilence);

        await live.PostOkAsync("/consent/withdraw");

        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Audio)));
        var refused = await ProblemAssert.IsProblemAsync(await live.PutChunkAsync(question, "audio", 1, OneSecondOfSilence), HttpStatusCode.Forbidden);
        Assert.Equal("consentWithdrawn", refused.GetProperty("code").GetString());
        var purge = (await Session(live).GetProgressAsync())!.MediaPurge;
        Assert.Equal(("consent withdrawn", 2), (purge?.Reason, purge?.ChunksDeleted));
    }

    [Fact]
    public async Task A_chunk_committed_after_the_withdrawal_is_deleted_by_the_sweep_that_follows_it()
    {
        var (live, question) = await AnsweringAsync(face: true);
        await live.PostOkAsync("/consent/withdraw");
        // As if the upload had passed the consent check a moment before the withdrawal and committed after its purge.
        var track = new AnswerTrack(live.InterviewId, question, ChunkKind.Frame);
        await Store.StoreAsync(new AnswerChunk(track, 0, "image/jpeg", InterviewTestMedia.FaceJpeg));

        await Eventually.ReturnsAsync(() => Store.ListAsync(track), seqs => seqs.Count == 0, InterviewSessionGrain.LateChunkSweep * 4, "the sweep");
    }

    [Fact]
    public async Task After_HR_marks_the_candidate_withdrawn_uploads_and_steps_are_refused()
    {
        var (live, question) = await AnsweringAsync(face: true);
        await live.PutChunkOkAsync(question, "audio", 0, OneSecondOfSilence);

        var moved = await api.Recruiter.PostAsJsonAsync($"/api/candidates/{live.CandidateId}/stage", new { stage = "Withdrawn", reason = "took another offer" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var refused = await ProblemAssert.IsProblemAsync(await live.PutChunkAsync(question, "audio", 1, OneSecondOfSilence), HttpStatusCode.Forbidden);
        Assert.Equal("candidateWithdrawn", refused.GetProperty("code").GetString());
        await ProblemAssert.IsProblemAsync(await live.PostAsync("/consent", new { face = true, voice = true, content = true, keepRecording = true, textVersion = "v1", language = "en" }), HttpStatusCode.Conflict);
        // What was stored before stays until the job's retention ends.
        Assert.Equal([0], await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Audio)));
    }

    [Fact]
    public async Task Without_consent_to_keep_the_recording_the_media_is_deleted_once_the_interview_is_scored()
    {
        var (live, question) = await AnsweringAsync(face: true);
        for (var seq = 0; seq < 2; seq++) await live.PutChunkOkAsync(question, "frame", seq, InterviewTestMedia.FaceJpeg);
        await live.PostOkAsync($"/questions/{question}/finish", new { attempt = 0, frameCount = 2, audioCount = 0, typedAnswer = "I would listen, apologise and explain the rules." });
        foreach (var q in live.QuestionIds.Skip(2)) await live.AnswerTypedAsync(q, "I would listen and explain the rules politely.");
        await live.PostOkAsync("/complete");

        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), ScoringTimeout, "the report");
        var progress = await Eventually.ReturnsAsync(() => Session(live).GetProgressAsync().AsTask(), p => p?.MediaPurge is not null, ScoringTimeout, "the purge");

        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        Assert.StartsWith("scored", progress!.MediaPurge!.Reason);
        Assert.Equal(2, progress.MediaPurge.ChunksDeleted);
        // The report stays; analysing again from a deleted recording is refused rather than scored on nothing.
        Assert.NotNull(await Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).GetAsync());
        await Assert.ThrowsAsync<InterviewStateException>(() => Grains.GetGrain<IInterviewScoringGrain>(live.InterviewId).RescoreFromStoreAsync().AsTask());
    }

    private async Task<(LiveCandidate Live, string Question)> AnsweringAsync(bool face)
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync(face: face);
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");
        return (live, question);
    }

    private IInterviewSessionGrain Session(LiveCandidate live) => Grains.GetGrain<IInterviewSessionGrain>(live.InterviewId);

    private ChunkStore Store => api.Services.GetRequiredService<ChunkStore>();

    private IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();
}
