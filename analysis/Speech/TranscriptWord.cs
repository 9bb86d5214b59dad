namespace BankHire.Analysis.Speech;

/// <summary>One recognised word, timed from the start of the answer.</summary>
/// <param name="Confidence">The engine's posterior probability in 0–1, or null when the engine gives none.</param>
public sealed record TranscriptWord(string Text, double StartSeconds, double EndSeconds, double? Confidence);
