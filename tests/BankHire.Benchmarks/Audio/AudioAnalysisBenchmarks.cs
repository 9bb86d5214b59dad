using BankHire.Analysis.Audio;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Audio;

/// <summary>
/// Audio analysis of one interview answer on one thread: Silero VAD alone, the whole analyser
/// (VAD, YIN pitch, energy, syllable nuclei, features), and decoding a browser's WebM upload.
/// </summary>
[Config(typeof(AudioBenchmarkConfig))]
public class AudioAnalysisBenchmarks
{
    private const int Repeats = 2;
    private byte[] pcm = [];
    private float[] samples = [];
    private byte[] webm = [];
    private readonly AudioDecoder decoder = new();

    [GlobalSetup]
    public void Setup()
    {
        pcm = BenchmarkMedia.AnswerPcm(Repeats);
        samples = RawPcm.ToSamples(pcm).Select(s => s / 32768f).ToArray();
        webm = BenchmarkMedia.AnswerWebm(Repeats);
        SileroVadModel.Shared.OpenStream().Dispose(); // load the model outside the measurement
    }

    [Benchmark, AnswerAudio(Repeats)]
    public float SileroVadOnly()
    {
        using var vad = SileroVadModel.Shared.OpenStream();
        var last = 0f;
        for (var start = 0; start + SileroVadModel.FrameSamples <= samples.Length; start += SileroVadModel.FrameSamples)
            last = vad.Process(samples.AsSpan(start, SileroVadModel.FrameSamples));
        return last;
    }

    [Benchmark(Baseline = true), AnswerAudio(Repeats)]
    public int WholeAnalyser()
    {
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm);
        return analyzer.Complete().Count;
    }

    [Benchmark, AnswerAudio(Repeats)]
    public int DecodeWebmWithFfmpeg() => decoder.DecodeAsync(webm).GetAwaiter().GetResult().Pcm16le.Length;
}
