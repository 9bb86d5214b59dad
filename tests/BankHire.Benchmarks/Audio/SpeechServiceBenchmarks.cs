using BankHire.Analysis.Audio;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Resilience;
using BankHire.Analysis.Speech.Segments;
using BankHire.Analysis.Tests.Speech;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Audio;

/// <summary>
/// What BankHire itself adds per answer when the bank's service transcribes it: VAD segmentation, one WAV + multipart
/// request per speech segment through retries and the circuit breaker, and reading verbose_json — against a local
/// double that answers at once, so the service's own time is left out. Divide by the answer's seconds for the cost
/// per audio second.
/// </summary>
[Config(typeof(AudioBenchmarkConfig))]
public class SpeechServiceBenchmarks
{
    private const int Repeats = 1;
    private byte[] pcm = [];
    private IReadOnlyList<SpeechSegment> segments = [];
    private WhisperServerDouble server = null!;
    private SpeechEngines engines = null!;

    [GlobalSetup]
    public void Setup()
    {
        pcm = BenchmarkMedia.AnswerPcm(Repeats);
        server = new WhisperServerDouble(_ => new WhisperReply(200, RecordedWhisperResponses.EnglishWithWords));
        engines = SpeechEngines.Create(new Dictionary<string, SpeechEngineSettings>
        {
            ["en"] = new() { Kind = SpeechEngineKind.OpenAiCompatible, BaseUrl = server.BaseAddress, Model = "bank-asr", Resilience = ResilienceSettings.Default },
        });
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm);
        analyzer.Complete();
        segments = [.. analyzer.Segments];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        engines.Dispose();
        server.Dispose();
    }

    /// <summary>Segments known (the live path: the audio scorer's VAD already found them).</summary>
    [Benchmark, AnswerAudio(Repeats)]
    public int SegmentedRequests() =>
        SegmentedTranscription.TranscribeAsync(engines, pcm, segments, "en", null).GetAwaiter().GetResult().Transcript!.Words.Count;

    /// <summary>From the stored answer: VAD first, then the same requests.</summary>
    [Benchmark, AnswerAudio(Repeats)]
    public int VadThenSegmentedRequests()
    {
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm);
        analyzer.Complete();
        return SegmentedTranscription.TranscribeAsync(engines, pcm, [.. analyzer.Segments], "en", null).GetAwaiter().GetResult().Transcript!.Words.Count;
    }
}
