namespace BankHire.Analysis.Text.Speech;

/// <summary>
/// One speech-to-text engine. Languages are BCP-47 tags ("en-US", "zh-CN"); an engine says which it
/// supports so a router can pick one. Never throws for bad audio or an unavailable engine: it returns a
/// no-data transcript with the reason.
/// </summary>
public interface ISpeechToText
{
    string Name { get; }

    bool Supports(string language);

    Task<Transcript> TranscribeAsync(AudioClip audio, string language, CancellationToken cancellationToken = default);
}
