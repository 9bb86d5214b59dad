using BankHire.Analysis.Features;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Interview;

/// <summary>
/// The features of one answer from every analyser that was allowed to run (vision, then voice, then content, each
/// in catalogue order), and notes saying which analyses were skipped or degraded and why.
/// </summary>
/// <param name="Practice">A practice question's answer: analysed for feedback, never scored.</param>
/// <param name="DurationSeconds">The answer's length: its audio, else the span of its frames; 0 for a typed answer.</param>
public sealed record AnswerAnalysis(
    string QuestionId,
    string CompetencyKey,
    bool Practice,
    double DurationSeconds,
    IReadOnlyList<FeatureValue> Features,
    ContentSource ContentSource,
    IReadOnlyList<string> Notes)
{
    /// <summary>The content analyser's reasons with the spans that produced them ("covered by … at 12"), for HR review.</summary>
    public IReadOnlyList<FeatureExplanation> ContentExplanations { get; init; } = [];

    /// <summary>
    /// The words the content was analysed from (typed answer, supplied transcript or speech-to-text, see
    /// <see cref="ContentSource"/>), kept so HR can read what the explanations' spans point into. Null when content
    /// was not analysed — in particular without content consent, when no text is ever produced.
    /// </summary>
    public string? Transcript { get; init; }

    /// <summary>The speech-to-text engine and model behind <see cref="Transcript"/> (<c>pocketsphinx en-us-5.0</c>), when it came from one.</summary>
    public string? SpeechEngine { get; init; }

    public FeatureValue? this[string feature] => Features.FirstOrDefault(f => f.Name == feature);
}
