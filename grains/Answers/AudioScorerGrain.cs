using BankHire.Profiling;
using BankHire.Analysis.Audio;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Speech;
using BankHire.Interviews;
using Microsoft.ML.OnnxRuntime;
using Orleans.Placement;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace BankHire.Answers;

/// <summary>
/// Feeds one answer's audio chunks, in seq order, through one streaming <see cref="AudioAnalyzer"/> as their doorbells
/// ring: a reading per second for the "silent" hint, and at finish the answer's voice features, so the audio is not
/// analysed a second time (chunk boundaries do not change the analyser's result). When the doorbells carry
/// <see cref="AnswerSpeech"/> (content consent) and an engine speaks the language, each speech segment the VAD closes is
/// sent to speech-to-text at once, so the transcript is ready when the answer ends. A chunk whose doorbell is lost or
/// late is read from the store when a later one needs it. Activated by the implicit subscription to "audio"; placed at
/// random; in memory only — a new activation after a restart starts again from the store.
/// </summary>
[GrainType("audio-scorer"), RandomPlacement, CollectionAgeLimit(Minutes = ScorerLifetime.IdleMinutes)]
[ImplicitStreamSubscription(InterviewStreams.Audio)]
public sealed class AudioScorerGrain(IChunkReader chunks, ISpeechToText speechToText, SileroVadBatcher vad)
    : Grain, IAudioScorerGrain, IStreamSubscriptionObserver, IAsyncObserver<ChunkStored>
{
    private readonly LiveSpeech speech = new(speechToText);
    private readonly SortedDictionary<int, AudioReading> readings = [];
    // Chunks that arrived before a lower seq could be read: fed as soon as the gap is filled.
    private readonly Dictionary<int, byte[]> waiting = [];
    private readonly AudioAnalyzer analyzer = new();
    private int nextSeq;
    private bool unusable;
    private VoiceFeatures? finished;

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<ChunkStored>().ResumeAsync(this);

    public async Task OnNextAsync(ChunkStored chunk, StreamSequenceToken? token = null)
    {
        if (readings.ContainsKey(chunk.Seq) || waiting.ContainsKey(chunk.Seq)) return;
        if (chunk.Speech is { } context && !speech.Requested) await speech.StartAsync(GrainFactory, context, startsAtFirstChunk: nextSeq == 0);
        var pcm = chunk.Payload ?? await ReadAsync(chunk.Seq);
        if (pcm is null) return; // the doorbell rang for a chunk the store does not hold: nothing to read
        if (unusable || finished is not null) readings[chunk.Seq] = Alone(chunk.Seq, pcm);
        else
        {
            waiting[chunk.Seq] = pcm;
            await FeedThroughAsync(chunk.Seq);
        }
    }

    public async ValueTask<VoiceFeatures?> VoiceAsync(int audioCount)
    {
        if (finished is not null) return finished.Chunks == audioCount ? finished : null;
        if (unusable || audioCount <= 0 || nextSeq > audioCount) return null;
        await FeedThroughAsync(audioCount - 1);
        if (unusable || nextSeq != audioCount) return null;
        var features = await Task.Run(analyzer.Complete);
        speech.EndOfAnswer(analyzer.Segments);
        finished = new VoiceFeatures([.. features.Select(f => new MeasuredFeature(f.Name, f.Value, f.AnalyserVersion, f.NoDataReason))], audioCount, SiloName.Of(this), analyzer.DurationSeconds);
        waiting.Clear();
        return finished;
    }

    public async Task<StreamedTranscript?> TranscriptAsync(int audioCount)
    {
        if (!speech.Transcribing || await VoiceAsync(audioCount) is null) return null;
        return await speech.CompleteAsync(audioCount, SiloName.Of(this));
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public ValueTask<AudioReadings> LatestAsync(int count) =>
        ValueTask.FromResult(new AudioReadings([.. readings.Values.TakeLast(Math.Max(0, count))], readings.Count, SiloName.Of(this)));

    /// <summary>Feeds seqs nextSeq … <paramref name="lastSeq"/> in order, from what arrived or else from the store; stops at a chunk not stored yet.</summary>
    private async Task FeedThroughAsync(int lastSeq)
    {
        while (!unusable && nextSeq <= lastSeq)
        {
            if (!waiting.Remove(nextSeq, out var pcm) && (pcm = await ReadAsync(nextSeq)) is null) return;
            var seq = nextSeq++;
            readings[seq] = await FeedAsync(seq, pcm);
            if (!unusable) speech.Append(pcm, analyzer.Segments);
        }
    }

    private async Task<AudioReading> FeedAsync(int seq, byte[] pcm)
    {
        var before = analyzer.Current;
        try
        {
            // Pitch and level off the grain scheduler; the VAD frames with other candidates' in the batcher.
            await Task.Run(() => analyzer.AppendAsync(pcm, vad, () => PipelineMeter.TimeCpu(PipelineStage.AudioChunk)));
        }
        catch (InvalidAudioException)
        {
            // Not PCM (the answer's scoring will say why from the store); hints go on chunk by chunk.
            unusable = true;
            return Alone(seq, pcm);
        }
        catch (Exception e) when (e is OnnxRuntimeException or ObjectDisposedException)
        {
            // The analyser is part-way through the chunk: its live reading is lost, and the answer's scoring analyses the
            // audio from the store instead.
            unusable = true;
            return Alone(seq, pcm);
        }
        var after = analyzer.Current;
        // Speech still going on is counted as it grows; a short burst later dropped as noise may lower the total.
        return new AudioReading(seq, after.DurationSeconds - before.DurationSeconds, Math.Max(0, after.SpeechSeconds - before.SpeechSeconds), after.LevelDb);
    }

    /// <summary>One chunk on its own: a chunk is a second, and "silent for 10 s" only needs whole seconds.</summary>
    private static AudioReading Alone(int seq, byte[] pcm)
    {
        try
        {
            using var alone = new AudioAnalyzer();
            alone.Append(pcm);
            var now = alone.Current;
            return new AudioReading(seq, now.DurationSeconds, now.SpeechSeconds, now.LevelDb);
        }
        catch (InvalidAudioException)
        {
            return new AudioReading(seq, 0, 0, -100);
        }
    }

    private Task<byte[]?> ReadAsync(int seq)
    {
        var (interviewId, answerKey) = AnswerKeys.ParseStreamKey(this.GetPrimaryKeyString());
        return chunks.ReadAsync(interviewId, answerKey, ChunkKind.Audio, seq);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        analyzer.Dispose();
        return Task.CompletedTask;
    }
}
