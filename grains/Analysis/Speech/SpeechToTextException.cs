namespace BankHire.Analysis.Speech;

/// <summary>The speech-to-text engine itself failed; the audio may be fine and a retry may succeed.</summary>
public sealed class SpeechToTextException(string engine, string reason, Exception? inner = null)
    : Exception($"{engine} failed: {reason}", inner)
{
    public string Engine { get; } = engine;

    public string Reason { get; } = reason;
}
