using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Analysis.Interview;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Scoring;
using BankHire.Tests.Support;
using BankHire.Web.Answers;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BankHire.Tests.Api;

/// <summary>
/// The fallback for browsers that cannot capture live: a recording made with the phone's own camera (a real MP4 made
/// with ffmpeg) uploaded resumably, decoded into the answer's frames and audio, and scored into the report like a live answer.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RecordingUploadApiTests(ApiFactory api, ITestOutputHelper output)
{
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(180);
    private const int Part = 64 * 1024;

    [Fact]
    public async Task An_upload_cut_off_resumes_from_the_stored_offset_and_the_recording_is_scored_into_the_report()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello, my name is Li Lei.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");
        var file = PhoneRecordingMedia.Mp4;

        var begun = await LiveCandidate.OkAsync(await BeginAsync(live, question, file.Length));
        Assert.Equal((0, false), (begun.GetProperty("offset").GetInt64(), begun.GetProperty("complete").GetBoolean()));
        await LiveCandidate.OkAsync(await PatchAsync(live, question, 0, file[..Part]));
        // The connection drops in the middle of the second part: nothing of it is acknowledged or counted.
        await Assert.ThrowsAnyAsync<Exception>(() => PatchAsync(live, question, Part, new BrokenContent(file[Part..(2 * Part)], failAfter: Part / 2)));
        // The page reloads: the server says where to resume; the same part resent is acknowledged once more; a part past the offset is refused.
        Assert.Equal(Part, (await StatusAsync(live, question)).GetProperty("offset").GetInt64());
        Assert.Equal(Part, (await LiveCandidate.OkAsync(await PatchAsync(live, question, 0, file[..Part]))).GetProperty("offset").GetInt64());
        var ahead = await ProblemAssert.IsProblemAsync(await PatchAsync(live, question, 2 * Part, file[(2 * Part)..(3 * Part)]), HttpStatusCode.Conflict);
        Assert.Equal("offsetMismatch", ahead.GetProperty("code").GetString());
        var early = await ProblemAssert.IsProblemAsync(await FinishUploadAsync(live, question), HttpStatusCode.Conflict);
        Assert.Equal("uploadIncomplete", early.GetProperty("code").GetString());
        for (var offset = Part; offset < file.Length; offset += Part)
            await LiveCandidate.OkAsync(await PatchAsync(live, question, offset, file[offset..Math.Min(file.Length, offset + Part)]));

        var decoded = await LiveCandidate.OkAsync(await FinishUploadAsync(live, question));
        var (frames, audio) = (decoded.GetProperty("frameCount").GetInt32(), decoded.GetProperty("audioCount").GetInt32());
        output.WriteLine($"{file.Length} bytes → {frames} frames, {audio} audio chunks, {decoded.GetProperty("durationSeconds").GetDouble()} s");
        Assert.Equal(PhoneRecordingMedia.Seconds * 2, frames, tolerance: 1);
        Assert.InRange(audio, PhoneRecordingMedia.Seconds, PhoneRecordingMedia.Seconds + 1);
        // Finishing twice stores nothing twice; the file itself is gone (no consent to keep it).
        var again = await LiveCandidate.OkAsync(await FinishUploadAsync(live, question));
        Assert.Equal((frames, audio), (again.GetProperty("frameCount").GetInt32(), again.GetProperty("audioCount").GetInt32()));
        Assert.Equal(Enumerable.Range(0, frames), await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        Assert.Equal(Enumerable.Range(0, audio), await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Audio)));
        Assert.False(decoded.GetProperty("recordingKept").GetBoolean());
        Assert.False(Uploads.HoldsParts(live.InterviewId, question));
        var frame = (await Store.ReadAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame), 0))!.Chunk;
        Assert.Equal(("image/jpeg", (byte)0xFF, (byte)0xD8), (frame.ContentType, frame.Payload[0], frame.Payload[1]));

        await live.PostOkAsync($"/questions/{question}/finish", new { attempt = 0, frameCount = frames, audioCount = audio });
        foreach (var q in live.QuestionIds.Skip(2))
            await live.AnswerTypedAsync(q, "First I would apologise and listen, then explain the rules politely and verify the customer's identity.");
        await live.PostOkAsync("/complete");
        await Eventually.ReturnsAsync(live.ViewAsync, v => v.GetProperty("reportReady").GetBoolean(), ScoringTimeout, "the report");

        var analysis = AnswerAnalysisJson.Deserialize((await Grains.GetGrain<IAnswerScoringGrain>(AnswerKeys.StreamKey(live.InterviewId, question)).GetAsync())!.AnalysisJson);
        output.WriteLine(string.Join("; ", analysis.Features.Select(f => $"{f.Name}={f.Value?.ToString("0.###") ?? "no data: " + f.NoDataReason}")));
        var faceShare = PhoneRecordingMedia.FaceSeconds / (double)PhoneRecordingMedia.Seconds;
        Assert.InRange(analysis["face_presence_ratio"]!.Value!.Value, faceShare - 0.1, faceShare + 0.1);
        Assert.True(analysis["speaking_ratio"]!.Value!.Value > 0.3, "the spoken answer is heard in the recording's sound");
        var report = await api.Admin.GetAsync($"/api/interviews/{live.InterviewId}/report");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_is_a_422_problem_and_stores_nothing_and_an_oversized_one_is_refused_up_front()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        var question = live.QuestionIds[0];
        await live.PostOkAsync($"/questions/{question}/begin");

        var tooLarge = await ProblemAssert.IsProblemAsync(await BeginAsync(live, question, RecordingUploadEndpoints.MaxRecordingBytes + 1), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("length", tooLarge.GetProperty("field").GetString());

        // Named and sent as a video, but text; then a still photo; then a real recording cut in half (its index is at the start, its picture data is not).
        var mp4 = PhoneRecordingMedia.Mp4;
        byte[][] files = [System.Text.Encoding.UTF8.GetBytes("ftyp? not a video at all, just text renamed answer.mp4"), InterviewTestMedia.FaceJpeg, mp4[..(mp4.Length / 8)]];
        foreach (var bytes in files)
        {
            await LiveCandidate.OkAsync(await BeginAsync(live, question, bytes.Length));
            await LiveCandidate.OkAsync(await PatchAsync(live, question, 0, bytes));
            var problem = await ProblemAssert.IsProblemAsync(await FinishUploadAsync(live, question), HttpStatusCode.UnprocessableEntity);
            output.WriteLine(ProblemAssert.Detail(problem));
            Assert.Equal(("recording", "notARecording"), (problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
        }
        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Audio)));
    }

    [Fact]
    public async Task Declining_face_analysis_decodes_no_frame_from_the_recording_and_consent_to_keep_it_keeps_it_sealed()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        await live.ConsentAsync(face: false, keepRecording: true);
        await live.PostOkAsync("/start");
        var question = live.QuestionIds[0];
        await live.PostOkAsync($"/questions/{question}/begin");
        var file = PhoneRecordingMedia.Mp4;

        await LiveCandidate.OkAsync(await BeginAsync(live, question, file.Length));
        await LiveCandidate.OkAsync(await PatchAsync(live, question, 0, file));
        var decoded = await LiveCandidate.OkAsync(await FinishUploadAsync(live, question));

        Assert.Equal(0, decoded.GetProperty("frameCount").GetInt32());
        Assert.True(decoded.GetProperty("audioCount").GetInt32() >= PhoneRecordingMedia.Seconds);
        Assert.Empty(await Store.ListAsync(new AnswerTrack(live.InterviewId, question, ChunkKind.Frame)));
        Assert.True(decoded.GetProperty("recordingKept").GetBoolean());
        Assert.True(Uploads.HoldsParts(live.InterviewId, question));
        // Kept sealed: no byte of the MP4 header is on disk in plain.
        var onDisk = Directory.GetFiles(Path.Combine(api.DataDirectory, "recordings"), "*.sealed", SearchOption.AllDirectories).Select(File.ReadAllBytes);
        Assert.All(onDisk, sealedPart => Assert.True(sealedPart.AsSpan().IndexOf("ftyp"u8) < 0));

        // Withdrawing the consent deletes the kept recording with the rest of the interview's media.
        await live.PostOkAsync("/consent/withdraw");
        await Eventually.TrueAsync(() => Task.FromResult(!Uploads.HoldsParts(live.InterviewId, question)), ScoringTimeout, "the kept recording to be deleted");
    }

    [Fact]
    public async Task Every_recording_route_needs_the_candidates_token_not_an_hr_cookie_or_nothing()
    {
        var live = await LiveCandidate.InvitedAsync(api);
        var question = live.QuestionIds[0];
        foreach (var client in new[] { api.Recruiter, api.NewClient() })
        {
            HttpRequestMessage[] requests =
            [
                new(HttpMethod.Post, RouteOf(live, question)) { Content = JsonContent.Create(new { length = 1000 }) },
                new(HttpMethod.Get, RouteOf(live, question)),
                new(HttpMethod.Patch, RouteOf(live, question)) { Content = new ByteArrayContent([1, 2, 3]) },
                new(HttpMethod.Post, RouteOf(live, question, "/finish")),
            ];
            foreach (var request in requests)
                using (request)
                    await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.Unauthorized);
        }
    }

    private static Task<HttpResponseMessage> BeginAsync(LiveCandidate live, string question, long length) =>
        live.SendAsync(HttpMethod.Post, RouteOf(live, question), JsonContent.Create(new { length }));

    private static Task<HttpResponseMessage> PatchAsync(LiveCandidate live, string question, long offset, byte[] part) =>
        PatchAsync(live, question, offset, new ByteArrayContent(part));

    private static Task<HttpResponseMessage> PatchAsync(LiveCandidate live, string question, long offset, HttpContent part)
    {
        part.Headers.TryAddWithoutValidation("Content-Type", "application/offset+octet-stream");
        part.Headers.TryAddWithoutValidation(RecordingUploadEndpoints.OffsetHeader, offset.ToString());
        return live.SendAsync(HttpMethod.Patch, RouteOf(live, question), part);
    }

    private static async Task<JsonElement> StatusAsync(LiveCandidate live, string question) =>
        await LiveCandidate.OkAsync(await live.SendAsync(HttpMethod.Get, RouteOf(live, question)));

    private static Task<HttpResponseMessage> FinishUploadAsync(LiveCandidate live, string question) =>
        live.SendAsync(HttpMethod.Post, RouteOf(live, question, "/finish"));

    private static string RouteOf(LiveCandidate live, string question, string step = "") => $"/api/interviews/{live.InterviewId}/answers/{question}/recording{step}?attempt=0";

    private IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();

    private ChunkStore Store => api.Services.GetRequiredService<ChunkStore>();

    private RecordingUploadStore Uploads => api.Services.GetRequiredService<RecordingUploadStore>();

    /// <summary>A body whose connection breaks after <paramref name="failAfter"/> bytes.</summary>
    private sealed class BrokenContent(byte[] bytes, int failAfter) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(bytes.AsMemory(0, failAfter));
            await stream.FlushAsync();
            throw new IOException("connection lost");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
