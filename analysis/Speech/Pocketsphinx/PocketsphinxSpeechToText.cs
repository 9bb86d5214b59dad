using System.Globalization;
using BankHire.Analysis.Audio;
using BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

namespace BankHire.Analysis.Speech.Pocketsphinx;

/// <summary>
/// English speech-to-text with the Debian <c>pocketsphinx_batch</c> tool and the CMU Sphinx US English model.
/// Silero VAD cuts the answer into speech segments first and each segment is decoded as one utterance:
/// pocketsphinx normalises the cepstrum per utterance, and long silences (or digital zeros) between
/// sentences ruin that normalisation in its own continuous mode. One process per answer, so the model
/// (about 30 MB) loads once per answer; word confidences are pocketsphinx's posteriors.
/// With hints (the question's expected points and text), the answer is decoded with a language model built
/// for that question (<see cref="QuestionLanguageModel"/>) instead of the general one; without, with the general one.
/// </summary>
public sealed class PocketsphinxSpeechToText : ISpeechToText
{
    public const string EngineName = "pocketsphinx";
    private const string Language = "en";
    private const int FramesPerSecond = 100;

    private readonly PocketsphinxOptions options;
    private readonly Lazy<string> modelVersion;
    private readonly QuestionLanguageModels questionModels;

    public PocketsphinxSpeechToText(PocketsphinxOptions? options = null, QuestionLanguageModelSettings? questionModels = null)
    {
        this.options = options ?? new PocketsphinxOptions();
        modelVersion = new Lazy<string>(() => PocketsphinxModelVersion.Of(this.options));
        this.questionModels = new QuestionLanguageModels(this.options, questionModels ?? QuestionLanguageModelSettings.Default);
    }

    public string Engine => EngineName;

    public string ModelVersion => modelVersion.Value;

    public bool Supports(string language) => SpeechLanguage.Primary(language) == Language;

    public async Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default)
    {
        if (!Supports(language)) return TranscriptionResult.UnsupportedLanguage(Engine, language, [Language]);
        var model = ModelVersion; // fails early, naming the package, when the model is not installed
        var segments = SpeechSegmentsOf(pcm16le.Span);
        var hinted = hints is { Phrases.Count: > 0 };
        if (hinted) model += "+question-lm:" + questionModels.KeyOf(hints!, model);
        if (segments.Count == 0) return TranscriptionResult.Of(new Transcript(Language, "", [], Engine, model));
        var (languageModel, dictionary) = hinted ? QuestionModel(hints!) : (options.LanguageModel, options.Dictionary);

        var folder = Directory.CreateTempSubdirectory("bankhire-pocketsphinx-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "answer.raw"), pcm16le.ToArray(), cancellation);
            await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "answer.ctl"), ControlLines(segments, pcm16le.Length), cancellation);
            var ctm = await DecodeAsync(folder.FullName, languageModel, dictionary, cancellation);
            var words = ToWords(ctm, segments);
            return TranscriptionResult.Of(new Transcript(Language, string.Join(' ', words.Select(w => w.Text)), words, Engine, model));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<SpeechSegment> SpeechSegmentsOf(ReadOnlySpan<byte> pcm16le)
    {
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm16le);
        analyzer.Complete();
        return analyzer.Segments.ToList();
    }

    // One utterance per speech segment, in 10 ms frames of the one raw file.
    private static IEnumerable<string> ControlLines(IReadOnlyList<SpeechSegment> segments, int byteCount)
    {
        var lastFrame = (long)(AudioFormat.SecondsOf(byteCount / AudioFormat.BytesPerSample) * FramesPerSecond) - 1;
        return segments.Select((s, i) =>
            $"answer {StartFrame(s)} {Math.Min(lastFrame, (long)Math.Ceiling(s.EndSeconds * FramesPerSecond))} u{i}");
    }

    private static long StartFrame(SpeechSegment segment) => (long)Math.Floor(segment.StartSeconds * FramesPerSecond);

    private (string LanguageModel, string Dictionary) QuestionModel(SpeechHints hints)
    {
        var files = questionModels.For(hints, ModelVersion);
        return (files.LanguageModel, files.Dictionary);
    }

    private async Task<List<CtmWord>> DecodeAsync(string folder, string languageModel, string dictionary, CancellationToken cancellation)
    {
        var ctmPath = Path.Combine(folder, "answer.ctm");
        string[] arguments =
        [
            "-hmm", options.AcousticModel, "-lm", languageModel, "-dict", dictionary,
            "-adcin", "yes", "-cepdir", folder, "-cepext", ".raw", "-ctl", Path.Combine(folder, "answer.ctl"),
            "-samprate", AudioFormat.SampleRate.ToString(CultureInfo.InvariantCulture),
            "-ctm", ctmPath, "-logfn", Path.Combine(folder, "pocketsphinx.log"),
        ];
        var result = await ToolProcess.RunAsync(options.BatchExecutable, arguments, options.Timeout, cancellation);
        if (result.ExitCode != 0 || !File.Exists(ctmPath))
        {
            var log = Path.Combine(folder, "pocketsphinx.log");
            var lastLog = File.Exists(log) ? File.ReadLines(log).LastOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal)) : null;
            throw new SpeechToTextException(Engine, $"pocketsphinx_batch exited with {result.ExitCode}: {lastLog ?? result.LastErrorLine}");
        }
        var ctm = await File.ReadAllTextAsync(ctmPath, cancellation);
        try
        {
            return CtmWord.ParseAll(ctm).ToList();
        }
        catch (FormatException e)
        {
            throw new SpeechToTextException(Engine, e.Message, e);
        }
    }

    private static List<TranscriptWord> ToWords(IEnumerable<CtmWord> ctm, IReadOnlyList<SpeechSegment> segments) =>
        ctm
            .Where(w => !w.IsFiller)
            .Select(w =>
            {
                // CTM times count from the utterance's first frame.
                var offset = StartFrame(segments[int.Parse(w.Utterance.AsSpan(1), CultureInfo.InvariantCulture)]) / (double)FramesPerSecond;
                var start = offset + w.StartSeconds;
                return new TranscriptWord(w.Text, Math.Round(start, 2), Math.Round(start + w.DurationSeconds, 2), Math.Clamp(w.Confidence, 0, 1));
            })
            .OrderBy(w => w.StartSeconds)
            .ToList();
}
