using System.Collections.Immutable;
using BankHire.Analysis.Vision;
using BankHire.Chunks;
using BankHire.Interviews;
using Orleans.Placement;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace BankHire.Scoring;

/// <summary>
/// Reads each frame of one answer as its doorbell rings and keeps what it saw, once per seq, for live hints. Activated
/// by the implicit subscription to "frames" with the answer's stream key; placed at random, so answers spread over
/// the silos. In memory only: the chunk store is the truth, and the answer's scoring reads it again at finish.
/// </summary>
[GrainType("vision-scorer"), RandomPlacement]
[ImplicitStreamSubscription(InterviewStreams.Frames)]
public sealed class VisionScorerGrain(IAnswerChunkReader chunks, FrameAnalyzer frames)
    : Grain, IVisionScorerGrain, IStreamSubscriptionObserver, IAsyncObserver<ChunkStored>
{
    private readonly SortedDictionary<int, FrameReading> readings = [];

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<ChunkStored>().ResumeAsync(this);

    public async Task OnNextAsync(ChunkStored chunk, StreamSequenceToken? token = null)
    {
        if (readings.ContainsKey(chunk.Seq)) return;
        var jpeg = await chunks.ReadAsync(chunk.InterviewId, chunk.AnswerKey, AnswerMediaKind.Frame, chunk.Seq);
        if (jpeg is null) return; // the doorbell rang for a chunk the store does not hold: nothing to read
        var seen = frames.Analyze(jpeg);
        readings[chunk.Seq] = new FrameReading(chunk.Seq, seen.Readable, seen.FaceCount, seen.TooDark, seen.MeanBrightness);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public ValueTask<FrameReadings> LatestAsync(int count) =>
        ValueTask.FromResult(new FrameReadings([.. readings.Values.TakeLast(Math.Max(0, count))], readings.Count, SiloName.Of(this)));
}
