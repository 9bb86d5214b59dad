namespace BankHire.Analysis.Speech.Http;

/// <summary>The bank's speech service: a Whisper-compatible <c>POST /v1/audio/transcriptions</c> endpoint.</summary>
public sealed record HttpSpeechToTextOptions
{
    /// <summary>The service root, e.g. <c>https://stt.bank.internal/</c>; the path <c>v1/audio/transcriptions</c> is added.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The model the service should use; recorded as the transcript's model version.</summary>
    public required string Model { get; init; }

    /// <summary>Primary language subtags the service's model transcribes.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["zh", "en"];

    /// <summary>Sent as a bearer token when set (or in <see cref="ApiKeyHeader"/>).</summary>
    public string? ApiKey { get; init; }

    /// <summary>A header to carry <see cref="ApiKey"/> as it is (e.g. <c>X-Api-Key</c>) instead of <c>Authorization: Bearer</c>.</summary>
    public string? ApiKeyHeader { get; init; }

    public string EngineName { get; init; } = "whisper-http";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
