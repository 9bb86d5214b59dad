namespace BankHire.Analysis.Text.Speech;

/// <summary>
/// Picks the first engine, in the order given, that supports the answer's language: typically the
/// bank's service first (Chinese and better English), pocketsphinx as the English fallback.
/// </summary>
public sealed class SpeechToTextRouter(IReadOnlyList<ISpeechToText> engines) : ISpeechToText
{
    public string Name => "router(" + string.Join(",", engines.Select(e => e.Name)) + ")";

    public bool Supports(string language) => engines.Any(e => e.Supports(language));

    public Task<Transcript> TranscribeAsync(AudioClip audio, string language, CancellationToken cancellationToken = default)
    {
        var engine = engines.FirstOrDefault(e => e.Supports(language));
        return engine is null
            ? Task.FromResult(Transcript.NoData(language, Name, $"no speech-to-text engine for {language}"))
            : engine.TranscribeAsync(audio, language, cancellationToken);
    }
}
