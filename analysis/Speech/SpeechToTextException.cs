namespace BankHire.Analysis.Speech;

/// <summary>The speech-to-text engine itself failed; the audio may be fine and a retry may succeed.</summary>
/// <remarks>Caught inside the analysis (content then has no data and the report asks for a person); never crosses a grain call.</remarks>
public sealed class SpeechToTextException(string engine, string reason, Exception? inner = null)
    : Exception($"{engine} failed: {reason}", inner)
{
    public string Engine { get; } = engine;

    public string Reason { get; } = reason;

    /// <summary>Worth trying again: unreachable, timed out, overloaded (429, 5xx). A 4xx or an answer in the wrong shape is not.</summary>
    public bool Transient { get; init; }

    /// <summary>How long the service asked us to wait (Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
