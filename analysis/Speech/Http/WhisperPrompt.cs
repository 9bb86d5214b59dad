namespace BankHire.Analysis.Speech.Http;

/// <summary>
/// The <c>prompt</c> Whisper-style services take as preceding context: the question, then the hint phrases, kept short
/// (Whisper reads at most 224 tokens of it). It biases spelling and vocabulary; it does not put words in the answer.
/// </summary>
internal static class WhisperPrompt
{
    private const int MaxCharacters = 400;

    public static string? From(SpeechHints? hints)
    {
        if (hints is null) return null;
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(hints.Prompt)) parts.Add(hints.Prompt.Trim());
        parts.AddRange(hints.Phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase));
        if (parts.Count == 0) return null;
        var prompt = string.Join(", ", parts);
        return prompt.Length <= MaxCharacters ? prompt : prompt[..MaxCharacters];
    }
}
