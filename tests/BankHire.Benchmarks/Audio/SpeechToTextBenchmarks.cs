using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Text.Lexicon;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace BankHire.Benchmarks.Audio;

/// <summary>
/// English speech-to-text of one answer with pocketsphinx (one process per answer: model load included,
/// as in production). Seconds per call, so a few monitored runs rather than BenchmarkDotNet's pilot.
/// <c>PocketsphinxHinted</c> decodes with the language model of the teller's elderly-customer question (built once in
/// setup, as every later answer to that question finds it built): the difference is the cost of the constraint.
/// </summary>
[Config(typeof(AudioBenchmarkConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SpeechToTextBenchmarks
{
    private const int Repeats = 1;
    private byte[] pcm = [];
    private readonly PocketsphinxSpeechToText pocketsphinx = new();
    private SpeechHints hints = SpeechHints.None;

    [GlobalSetup]
    public void Setup()
    {
        pcm = BenchmarkMedia.AnswerPcm(Repeats);
        _ = pocketsphinx.ModelVersion; // hash the model files outside the measurement
        var question = JobTemplates.Load(JobTemplates.Teller).Questions.Single(q => q.Id == "teller-q1");
        hints = QuestionSpeechHints.For(question, "en", TextLexicon.Shared);
        _ = pocketsphinx.TranscribeAsync(pcm, "en", hints).GetAwaiter().GetResult(); // builds the question's model once
    }

    [Benchmark, AnswerAudio(Repeats)]
    public int Pocketsphinx() => pocketsphinx.TranscribeAsync(pcm, "en").GetAwaiter().GetResult().Transcript!.Words.Count;

    [Benchmark, AnswerAudio(Repeats)]
    public int PocketsphinxHinted() => pocketsphinx.TranscribeAsync(pcm, "en", hints).GetAwaiter().GetResult().Transcript!.Words.Count;
}
