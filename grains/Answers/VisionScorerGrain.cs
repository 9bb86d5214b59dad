using BankHire.Profiling;
using System.Collections.Immutable;
using BankHire.Analysis.Vision;
using BankHire.Interviews;
using Orleans.Placement;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace BankHire.Answers;

/// <summary>
/// Reads the frames of one answer that <see cref="FrameSampling"/> picks as their doorbells ring and keeps what it saw,
/// once per seq, for live hints. Activated
/// by the implicit subscription to "frames" with the answer's stream key; placed at random, so answers spread over
/// the silos. In memory only: the chunk store is the truth; at finish the answer's scoring takes these readings and
/// analyses from the store only the frames this grain has not read (a lost doorbell, a silo restart).
/// </summary>
[GrainType("vision-scorer"), RandomPlacement, CollectionAgeLimit(Minutes = ScorerLifetime.IdleMinutes)]
[ImplicitStreamSubscription(InterviewStreams.Frames)]
public sealed class VisionScorerGrain(IChunkReader chunks, FrameAnalyzer frames, TimeProvider clock)
    : Grain, IVisionScorerGrain, IStreamSubscriptionObserver, IAsyncObserver<ChunkStored>
{
    private readonly SortedDictionary<int, FrameReading> readings = [];
    private bool extraFacesReported;

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<ChunkStored>().ResumeAsync(this);

    public async Task OnNextAsync(ChunkStored chunk, StreamSequenceToken? token = null)
    {
        if (!frames.Sampling.Analyses(chunk.Seq) || readings.ContainsKey(chunk.Seq)) return;
        var jpeg = chunk.Payload ?? await chunks.ReadAsync(chunk.InterviewId, chunk.AnswerKey, ChunkKind.Frame, chunk.Seq);
        if (jpeg is null) return; // the doorbell rang for a chunk the store does not hold: nothing to read
        var seen = await Task.Run(() => Analyse(jpeg, chunk.Seq)); // CPU work off the grain scheduler
        readings[chunk.Seq] = new FrameReading(
            chunk.Seq, seen.Readable, seen.FaceCount, seen.TooDark, seen.MeanBrightness, seen.BlurScore, seen.LookingAtCamera, seen.Smiling,
            seen.SmallFacesSearched, seen.EyesClosed);
        if (seen.MultipleFaces && !extraFacesReported)
        {
            // An integrity signal, never blocking: HR sees that someone else was in view during this answer (once per answer).
            // Published, not called back: the session records it when the signal arrives.
            extraFacesReported = true;
            var now = clock.GetUtcNow();
            await this.GetStreamProvider(InterviewStreams.Provider)
                .GetStream<IntegritySignal>(StreamId.Create(InterviewStreams.Integrity, chunk.InterviewId))
                .OnNextAsync(new IntegritySignal("extra_faces", AnswerKeys.QuestionOf(chunk.AnswerKey), now, now));
        }
    }

    private FrameObservation Analyse(byte[] jpeg, int seq)
    {
        using var timing = PipelineMeter.TimeCpu(PipelineStage.VisionFrame);
        return frames.Analyze(jpeg, frameIndex: seq);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public ValueTask<FrameReadings> LatestAsync(int count) => Readings(readings.Values.TakeLast(Math.Max(0, count)));

    public ValueTask<FrameReadings> BelowAsync(int frameCount) => Readings(readings.Values.TakeWhile(r => r.Seq < frameCount));

    private ValueTask<FrameReadings> Readings(IEnumerable<FrameReading> selected) =>
        ValueTask.FromResult(new FrameReadings([.. selected], readings.Count, SiloName.Of(this), frames.AnalyserVersion));
}
