using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Profiling;
using BankHire.Tests.Support;

namespace BankHire.Tests.Api;

/// <summary>
/// The pipeline profile the load tool splits a run's cost with: each stage a live answer passes through is counted and
/// timed, the CPU-bound ones in CPU milliseconds too, and the process's own figures come with it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PipelineProfileApiTests(ApiFactory api)
{
    private const int Frames = 6;
    private const int AudioSeconds = 3;

    [Fact]
    public async Task A_live_answers_chunks_are_counted_and_timed_per_stage()
    {
        var before = await ProfileAsync();
        var live = await LiveCandidate.InvitedAsync(api);
        await live.StartedAsync();
        await live.AnswerTypedAsync(live.QuestionIds[0], "Hello, my name is Li Lei.");
        var question = live.QuestionIds[1];
        await live.PostOkAsync($"/questions/{question}/begin");
        for (var seq = 0; seq < Frames; seq++) await live.PutChunkOkAsync(question, "frame", seq, InterviewTestMedia.FaceJpeg);
        var audio = InterviewTestMedia.Seconds(InterviewTestMedia.Silence(AudioSeconds));
        for (var seq = 0; seq < audio.Count; seq++) await live.PutChunkOkAsync(question, "audio", seq, audio[seq]);

        // Vision reads every second frame; the scorers run after the acknowledgements, so their counts come a little later.
        var after = await Eventually.ReturnsAsync(ProfileAsync,
            p => Grown(before, p, PipelineStage.VisionFrame) >= Frames / 2 && Grown(before, p, PipelineStage.AudioChunk) >= AudioSeconds,
            TimeSpan.FromSeconds(60), "the scorers to read the chunks");

        foreach (var stage in new[] { PipelineStage.Ingest, PipelineStage.IngestAdmission, PipelineStage.IngestStore, PipelineStage.IngestDoorbell })
            Assert.True(Grown(before, after, stage) >= Frames + AudioSeconds, $"{stage} counted every chunk");
        var vision = Stage(after, PipelineStage.VisionFrame)!.Value;
        Assert.Equal(vision.GetProperty("count").GetInt64(), vision.GetProperty("cpuCount").GetInt64());
        Assert.True(vision.GetProperty("cpuMs").GetDouble() > 0, "reading a frame costs CPU");
        Assert.True(vision.GetProperty("wallMs").GetDouble() >= vision.GetProperty("cpuMs").GetDouble() * 0.5);
        var process = after.GetProperty("process");
        Assert.True(process.GetProperty("cpuSeconds").GetDouble() > 0);
        Assert.True(process.GetProperty("managedHeapBytes").GetInt64() > 0);
    }

    private Task<JsonElement> ProfileAsync() => api.Admin.GetFromJsonAsync<JsonElement>("/api/admin/pipeline-profile");

    private static JsonElement? Stage(JsonElement profile, string name) =>
        profile.GetProperty("stages").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(s => s!.Value.GetProperty("stage").GetString() == name);

    private static long Count(JsonElement profile, string name) => Stage(profile, name)?.GetProperty("count").GetInt64() ?? 0;

    private static long Grown(JsonElement before, JsonElement after, string name) => Count(after, name) - Count(before, name);
}
