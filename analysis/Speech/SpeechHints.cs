namespace BankHire.Analysis.Speech;

/// <summary>
/// What the question leads us to expect in an answer: its expected points' terms (and their synonyms) and the
/// question's own words. An engine may use them to bias recognition (a whisper prompt, a keyword list, a small
/// language model); it must never report a phrase as said because it was hinted.
/// </summary>
/// <param name="Phrases">Words and short phrases in the answer's language, most specific first.</param>
/// <param name="Prompt">Free text an engine may take as context (the question), or null.</param>
public sealed record SpeechHints(IReadOnlyList<string> Phrases, string? Prompt = null)
{
    public static readonly SpeechHints None = new([]);
}
