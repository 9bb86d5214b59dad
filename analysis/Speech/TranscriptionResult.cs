namespace BankHire.Analysis.Speech;

/// <summary>Either a transcript, or the reason there is none because the engine does not speak the language.</summary>
public sealed record TranscriptionResult
{
    private TranscriptionResult(string engine, Transcript? transcript, string? unsupportedReason)
    {
        Engine = engine;
        Transcript = transcript;
        UnsupportedReason = unsupportedReason;
    }

    public string Engine { get; }

    public Transcript? Transcript { get; }

    /// <summary>Set when the language is not supported, e.g. "pocketsphinx does not transcribe 'zh' (it supports en)".</summary>
    public string? UnsupportedReason { get; }

    public bool IsTranscribed => Transcript is not null;

    public static TranscriptionResult Of(Transcript transcript) => new(transcript.Engine, transcript, null);

    public static TranscriptionResult UnsupportedLanguage(string engine, string language, IEnumerable<string> supported) =>
        new(engine, null, $"{engine} does not transcribe '{language}' (it supports {string.Join(", ", supported)})");
}
