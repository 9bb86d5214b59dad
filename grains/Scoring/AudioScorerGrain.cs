using BankHire.Analysis.Audio;
using BankHire.Chunks;
using BankHire.Interviews;
using Orleans.Placement;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace BankHire.Scoring;

/// <summary>
/// Measures each audio chunk of one answer as its doorbell rings (speech seconds and level, once per seq) for the
/// "silent" hint. Activated by the implicit subscription to "audio"; placed at random; in memory only.
/// </summary>
[GrainType("audio-scorer"), RandomPlacement]
[ImplicitStreamSubscription(InterviewStreams.Audio)]
public sealed class AudioScorerGrain(IAnswerChunkReader chunks)
    : Grain, IAudioScorerGrain, IStreamSubscriptionObserver, IAsyncObserver<ChunkStored>
{
    private readonly SortedDictionary<int, AudioReading> readings = [];

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<ChunkStored>().ResumeAsync(this);

    public async Task OnNextAsync(ChunkStored chunk, StreamSequenceToken? token = null)
    {
        if (readings.ContainsKey(chunk.Seq)) return;
        var pcm = await chunks.ReadAsync(chunk.InterviewId, chunk.AnswerKey, AnswerMediaKind.Audio, chunk.Seq);
        if (pcm is null) return;
        readings[chunk.Seq] = Measure(chunk.Seq, pcm);
    }

    /// <summary>One chunk on its own: a chunk is a second, and "silent for 10 s" only needs whole seconds.</summary>
    private static AudioReading Measure(int seq, byte[] pcm)
    {
        try
        {
            using var analyzer = new AudioAnalyzer();
            analyzer.Append(pcm);
            var now = analyzer.Current;
            return new AudioReading(seq, now.DurationSeconds, now.SpeechSeconds, now.LevelDb);
        }
        catch (InvalidAudioException)
        {
            return new AudioReading(seq, 0, 0, -100);
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public ValueTask<AudioReadings> LatestAsync(int count) =>
        ValueTask.FromResult(new AudioReadings([.. readings.Values.TakeLast(Math.Max(0, count))], readings.Count, SiloName.Of(this)));
}
