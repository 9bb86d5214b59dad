using System.Globalization;
using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Segments;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Interview;

/// <summary>
/// Content features from the typed answer, else the supplied transcript, else speech-to-text of the answer's audio
/// when an engine speaks its language (hinted with the question's expected points); otherwise every content feature is "no data" with the reason.
/// </summary>
internal sealed class ContentPass(AnswerContentAnalyser analyser, ISpeechToText? speechToText)
{
    /// <summary>
    /// Fewer recognised words than this and a transcript's coverage is not trusted: one point found or missed in a
    /// handful of words swings coverage by a quarter, and on our spoken answer set a transcript of a spoken answer
    /// this short was the engine failing, not the candidate answering in four words (the shortest written answer has 15).
    /// </summary>
    public const int MinimumTranscribedWords = 5;

    /// <param name="Text">The words that were analysed (typed, supplied or transcribed); null when nothing was.</param>
    public sealed record Result(IReadOnlyList<FeatureValue> Features, ContentSource Source, string? Note,
        IReadOnlyList<FeatureExplanation>? Explanations = null, string? Text = null, string? SpeechEngine = null);

    public async Task<Result> MeasureAsync(AnswerInput answer, Func<Task<AnswerAudio>> audio, CancellationToken cancellation)
    {
        if (!string.IsNullOrWhiteSpace(answer.TypedAnswer))
            return Analysed(answer.TypedAnswer, answer, ContentSource.TypedAnswer, null);
        if (!string.IsNullOrWhiteSpace(answer.Transcript))
            return Analysed(answer.Transcript, answer, ContentSource.SuppliedTranscript, null);
        if (answer.LiveTranscript is { } live)
            return live.Transcript is { } heard ? Transcribed(heard, answer) : NoData($"speech-to-text failed: {live.Failure}");
        if (speechToText is null)
            return NoData("no typed answer or transcript, and no speech-to-text engine is configured");
        if (!speechToText.Supports(answer.Language))
            return NoData($"no typed answer or transcript, and no speech-to-text engine transcribes '{SpeechLanguage.Primary(answer.Language)}' (configured: {speechToText.Engine})");

        var pcm = await audio();
        if (pcm.Pcm16le is not { } samples) return NoData($"nothing to transcribe: {pcm.Problem}");
        try
        {
            var hints = QuestionSpeechHints.For(answer.Question, answer.Language, analyser.Lexicon);
            var result = await SegmentedTranscription.TranscribeAsync(
                speechToText, samples, SpeechSegmentsOf(samples.Span), answer.Language, hints, cancellation);
            if (result.Transcript is not { } transcript) return NoData(result.UnsupportedReason ?? "no transcript");
            return Transcribed(transcript, answer);
        }
        catch (Exception e) when (e is SpeechToTextException or InvalidAudioException)
        {
            return NoData($"speech-to-text failed: {e.Message}");
        }
    }

    private Result Transcribed(Transcript transcript, AnswerInput answer)
    {
        if (string.IsNullOrWhiteSpace(transcript.Text)) return NoData($"{transcript.Engine} heard no words");
        var words = SpokenWords.Count(transcript.Text);
        if (words < MinimumTranscribedWords)
            return NoData($"transcript too uncertain: {transcript.Engine} heard only {words} word(s) (“{transcript.Text}”); needs human review");
        var confidence = transcript.MeanConfidence is { } c ? ", mean word confidence " + c.ToString("0.00", CultureInfo.InvariantCulture) : "";
        return Analysed(transcript.Text, answer, ContentSource.SpeechToText, $"content: transcribed by {transcript.Engine} {transcript.ModelVersion}{confidence}")
            with { SpeechEngine = $"{transcript.Engine} {transcript.ModelVersion}".Trim() };
    }

    /// <summary>The VAD's speech segments, as the live audio scorer finds them chunk by chunk.</summary>
    private static IReadOnlyList<SpeechSegment> SpeechSegmentsOf(ReadOnlySpan<byte> pcm16le)
    {
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm16le);
        analyzer.Complete();
        return [.. analyzer.Segments];
    }

    private Result Analysed(string text, AnswerInput answer, ContentSource source, string? note)
    {
        var result = analyser.Analyse(text, answer.Question);
        return new Result(result.Features, source, note, result.Explanations, text);
    }

    public static Result NoData(string reason) =>
        new(CatalogueNoData.For(AnswerContentAnalyser.Version, reason, FeatureKind.Content), ContentSource.None, $"content: {reason}");
}
