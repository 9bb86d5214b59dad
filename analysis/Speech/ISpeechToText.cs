namespace BankHire.Analysis.Speech;

/// <summary>
/// Turns one answer's speech into words. Engines differ in languages and accuracy (pocketsphinx for
/// English here, the bank's own service for Chinese and better English), so callers ask by language
/// and get an "unsupported language" result rather than an exception when an engine cannot help.
/// </summary>
public interface ISpeechToText
{
    /// <summary>Short engine name, recorded with every transcript.</summary>
    string Engine { get; }

    /// <summary>Whether the engine transcribes this language (a BCP 47 tag such as <c>en</c>, <c>en-US</c>, <c>zh-CN</c>).</summary>
    bool Supports(string language);

    /// <param name="pcm16le">The answer as raw PCM 16 kHz mono s16le (decode recordings with <c>AudioDecoder</c> first).</param>
    /// <param name="language">A BCP 47 tag; only its primary subtag is used.</param>
    /// <param name="hints">What the question leads us to expect; null or <see cref="SpeechHints.None"/> for none.</param>
    /// <exception cref="Audio.InvalidAudioException">The bytes are not raw PCM s16le.</exception>
    /// <exception cref="SpeechToTextException">The engine failed (crashed, unreachable, answered nonsense).</exception>
    Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default);
}
