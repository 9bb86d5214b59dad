using System.Buffers;
using System.Buffers.Binary;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.Audio;

/// <summary>
/// Analyses one answer's audio as it arrives: raw PCM 16 kHz mono s16le in chunks of any size, in order.
/// Each 512-sample frame goes through Silero VAD, a level meter and (when it may be speech) YIN, and only
/// those few numbers are kept, so memory grows by 24 bytes per 32 ms. Chunk boundaries do not change
/// the result. After a restart, <see cref="Reset"/> (or a new analyser) and replay from the start.
/// Not thread-safe: one analyser per answer, fed by one grain.
/// </summary>
public sealed class AudioAnalyzer : IDisposable
{
    // Bump when a measure changes, so stored features say which method produced them.
    public const string Version = "audio/" + SileroVadModel.Version + "+v2";

    private const int Frame = SileroVadModel.FrameSamples;
    private const int Window = SileroVadModel.ContextSamples + Frame;

    // A second's windows round up to a 128 KB array, on the large-object heap: the shared pool keeps only a few per core,
    // and with hundreds of live answers waiting on the VAD at once the rest were allocated there and dropped (≈ 6 MB/s
    // at 240 live candidates). This pool keeps enough for them.
    private static readonly ArrayPool<float> WindowBuffers = ArrayPool<float>.Create(64 * Window, 1024);
    private const float SpeechFloorDb = -60f;
    // Vowels carry their energy between these; fricatives and plosives above and hum below would add false peaks.
    private const double VowelBandLowHz = 300;
    private const double VowelBandHighHz = 2500;

    private readonly SileroVadStream vad;
    private readonly VadSettings settings;
    private readonly PitchEstimator pitch = new();
    // The previous frame, then the current one: pitch and intensity windows reach back into it.
    private readonly float[] history = new float[2 * Frame];
    // The same, band-passed to where vowels carry their energy, for the syllable intensity contour.
    private readonly float[] vowelBand = new float[2 * Frame];
    private readonly Biquad vowelHighPass = Biquad.HighPass(VowelBandLowHz);
    private readonly Biquad vowelLowPass = Biquad.LowPass(VowelBandHighHz);
    private readonly List<FrameMeasurement> frames = [];
    private readonly List<float> intensity = [];
    private SpeechSegmenter segmenter;
    private int pending;
    private long samples;
    private IReadOnlyList<FeatureValue>? result;

    /// <param name="model">The shared model; <see cref="SileroVadModel.Shared"/> when null. Not disposed here.</param>
    public AudioAnalyzer(SileroVadModel? model = null, VadSettings? settings = null)
    {
        vad = (model ?? SileroVadModel.Shared).OpenStream();
        this.settings = settings ?? VadSettings.Default;
        segmenter = NewSegmenter();
    }

    public double DurationSeconds => AudioFormat.SecondsOf(samples);

    /// <summary>Speech segments closed so far; after <see cref="Complete"/>, all of them.</summary>
    public IReadOnlyList<SpeechSegment> Segments => segmenter.Closed;

    public AudioSnapshot Current
    {
        get
        {
            var open = segmenter.Open;
            return new AudioSnapshot(
                DurationSeconds,
                segmenter.Closed.Sum(s => s.DurationSeconds) + (open?.DurationSeconds ?? 0),
                segmenter.Closed.Count + (open is null ? 0 : 1),
                segmenter.InSpeech,
                segmenter.SecondsSinceSpeech,
                frames.Count > 0 ? frames[^1].LevelDb : -100);
        }
    }

    /// <summary>Appends raw PCM bytes (16 kHz mono s16le); the chunk must hold whole samples.</summary>
    /// <exception cref="InvalidAudioException">A half sample, or an encoded file sent as raw PCM.</exception>
    public void Append(ReadOnlySpan<byte> pcm16le)
    {
        CheckChunk(pcm16le);
        for (var i = 0; i < pcm16le.Length; i += AudioFormat.BytesPerSample)
            Add(BinaryPrimitives.ReadInt16LittleEndian(pcm16le.Slice(i, 2)));
    }

    /// <summary>
    /// As <see cref="Append(ReadOnlySpan{byte})"/>, with the chunk's speech probabilities from <paramref name="batcher"/>
    /// (run together with other streams' chunks): the same measures, bit for bit. One call at a time per analyser.
    /// </summary>
    /// <param name="timeCpu">Started around each of the two parts that run on the caller's thread (before and after the VAD).</param>
    /// <exception cref="InvalidAudioException">A half sample, or an encoded file sent as raw PCM (nothing is appended).</exception>
    public async Task AppendAsync(ReadOnlyMemory<byte> pcm16le, SileroVadBatcher batcher, Func<IDisposable>? timeCpu = null)
    {
        CheckChunk(pcm16le.Span);
        // One pooled buffer of windows per chunk (a second of audio is 31 of them), not an array per window.
        var windows = WindowBuffers.Rent(Math.Max(1, (pending + pcm16le.Length / AudioFormat.BytesPerSample) / Frame * Window));
        try
        {
            int count;
            using (timeCpu?.Invoke()) count = TakeFrames(pcm16le.Span, windows);
            var frames = new ReadOnlyMemory<float>[count];
            for (var f = 0; f < count; f++) frames[f] = windows.AsMemory(f * Window + SileroVadModel.ContextSamples, Frame);
            var probabilities = await batcher.ProcessAsync(vad, frames);
            using (timeCpu?.Invoke())
                for (var f = 0; f < count; f++) Record(windows.AsSpan(f * Window, Window), probabilities[f]);
        }
        finally
        {
            WindowBuffers.Return(windows);
        }
    }

    /// <summary>Takes a chunk's samples in and writes the window (64 samples of context, then the frame) of each frame it completes; returns how many.</summary>
    private int TakeFrames(ReadOnlySpan<byte> pcm16le, float[] windows)
    {
        var count = 0;
        for (var i = 0; i < pcm16le.Length; i += AudioFormat.BytesPerSample)
        {
            if (!Take(BinaryPrimitives.ReadInt16LittleEndian(pcm16le.Slice(i, 2)))) continue;
            pending = 0;
            history.AsSpan(history.Length - Window).CopyTo(windows.AsSpan(count++ * Window, Window));
            AddIntensity();
            Shift();
        }

        return count;
    }

    public void Append(ReadOnlySpan<short> pcm)
    {
        EnsureOpen();
        foreach (var sample in pcm) Add(sample);
    }

    /// <summary>Ends the answer and returns its voice features; calling it again returns the same list.</summary>
    public IReadOnlyList<FeatureValue> Complete()
    {
        if (result is not null) return result;
        var timeline = new SpeechTimeline(segmenter.Finish(DurationSeconds), DurationSeconds, settings.PauseSeconds);
        result = AudioFeatures.Compute(timeline, new VoiceMeasures(frames, intensity, timeline, settings), Version);
        return result;
    }

    /// <summary>Forgets everything, for a replay from the first chunk.</summary>
    public void Reset()
    {
        vad.Reset();
        Array.Clear(history);
        Array.Clear(vowelBand);
        vowelHighPass.Reset();
        vowelLowPass.Reset();
        frames.Clear();
        intensity.Clear();
        segmenter = NewSegmenter();
        pending = 0;
        samples = 0;
        result = null;
    }

    public void Dispose() => vad.Dispose();

    private void Add(short sample)
    {
        if (Take(sample)) ProcessFrame();
    }

    /// <summary>Takes one sample in; true when it completes a frame.</summary>
    private bool Take(short sample)
    {
        var x = sample / 32768f;
        vowelBand[Frame + pending] = vowelLowPass.Next(vowelHighPass.Next(x));
        history[Frame + pending++] = x;
        samples++;
        return pending == Frame;
    }

    private void ProcessFrame()
    {
        pending = 0;
        var window = history.AsSpan(history.Length - SileroVadModel.ContextSamples - Frame);
        Record(window, vad.Process(history.AsSpan(Frame)));
        AddIntensity();
        Shift();
    }

    /// <summary>A frame's measures once its speech probability is known; <paramref name="window"/> is the 64 samples before it, then the frame.</summary>
    private void Record(ReadOnlySpan<float> window, float probability)
    {
        var level = VectorMath.LevelDb(window[SileroVadModel.ContextSamples..]);
        var maybeSpeech = probability >= settings.SilenceThreshold && level > SpeechFloorDb;
        var hz = maybeSpeech ? pitch.Estimate(window) : float.NaN;
        frames.Add(new FrameMeasurement(probability, level, hz));
        segmenter.Push(probability);
    }

    private void AddIntensity()
    {
        const int hop = Frame / VoiceMeasures.IntensityHopsPerFrame;
        for (var end = Frame + hop; end <= history.Length; end += hop)
            intensity.Add(VectorMath.LevelDb(vowelBand.AsSpan(end - Frame, Frame)));
    }

    private void Shift()
    {
        history.AsSpan(Frame).CopyTo(history);
        vowelBand.AsSpan(Frame).CopyTo(vowelBand);
    }

    /// <exception cref="InvalidAudioException">A half sample, or an encoded file sent as raw PCM.</exception>
    private void CheckChunk(ReadOnlySpan<byte> pcm16le)
    {
        EnsureOpen();
        // The container first: an encoded file often has an odd length, and "half a sample" would hide the real mistake.
        if (samples == 0 && RawPcm.DetectContainer(pcm16le) is { } container)
            throw new InvalidAudioException($"the audio starts like a {container} file, not raw PCM s16le; decode it with AudioDecoder first");
        RawPcm.Validate(pcm16le);
    }

    private void EnsureOpen()
    {
        if (result is not null)
            throw new InvalidOperationException("The answer is complete; Reset() before appending again.");
    }

    private SpeechSegmenter NewSegmenter() => new(settings, VoiceMeasures.FrameSeconds);
}
