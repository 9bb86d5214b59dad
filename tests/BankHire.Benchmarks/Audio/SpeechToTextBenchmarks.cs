using BankHire.Analysis.Speech.Pocketsphinx;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace BankHire.Benchmarks.Audio;

/// <summary>
/// English speech-to-text of one answer with pocketsphinx (one process per answer: model load included,
/// as in production). Seconds per call, so a few monitored runs rather than BenchmarkDotNet's pilot.
/// </summary>
[Config(typeof(AudioBenchmarkConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SpeechToTextBenchmarks
{
    private const int Repeats = 1;
    private byte[] pcm = [];
    private readonly PocketsphinxSpeechToText pocketsphinx = new();

    [GlobalSetup]
    public void Setup()
    {
        pcm = BenchmarkMedia.AnswerPcm(Repeats);
        _ = pocketsphinx.ModelVersion; // hash the model files outside the measurement
    }

    [Benchmark, AnswerAudio(Repeats)]
    public int Pocketsphinx() => pocketsphinx.TranscribeAsync(pcm, "en").GetAwaiter().GetResult().Transcript!.Words.Count;
}
