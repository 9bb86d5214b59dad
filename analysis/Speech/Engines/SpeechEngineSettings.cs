using BankHire.Analysis.Speech.Resilience;

namespace BankHire.Analysis.Speech.Engines;

/// <summary>One language's engine, as configured under <c>BankHire:Speech:Engines:{language}</c>.</summary>
public sealed record SpeechEngineSettings
{
    public SpeechEngineKind Kind { get; init; }

    /// <summary>The name recorded with every transcript; defaults to the kind (<c>pocketsphinx</c>, <c>openai-compatible</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The service root for <see cref="SpeechEngineKind.OpenAiCompatible"/>; <c>v1/audio/transcriptions</c> is added.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The service's model (<c>whisper-1</c>, <c>large-v3</c>, <c>paraformer-zh</c> …), recorded as the transcript's model version.</summary>
    public string? Model { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>Sends the key in this header as it is; <c>Authorization: Bearer</c> when unset.</summary>
    public string? ApiKeyHeader { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Segments sent to the engine at once by this process; the rest wait in line. Unset: half the cores for the
    /// built-in engine (it transcribes on them, beside vision and voice), 16 for a service (the bank sizes it).</summary>
    public int? MaxConcurrentCalls { get; init; }

    public int ConcurrentCalls => MaxConcurrentCalls ?? Kind switch
    {
        SpeechEngineKind.Pocketsphinx => Math.Max(1, Environment.ProcessorCount / 2),
        _ => 16,
    };

    public ResilienceSettings Resilience { get; init; } = ResilienceSettings.Default;

    public string EngineName => Name ?? Kind switch
    {
        SpeechEngineKind.Pocketsphinx => Pocketsphinx.PocketsphinxSpeechToText.EngineName,
        SpeechEngineKind.OpenAiCompatible => "openai-compatible",
        _ => "none",
    };

    /// <summary>What is wrong with these settings, or null.</summary>
    public string? Problem(string language) => Kind switch
    {
        SpeechEngineKind.OpenAiCompatible when BaseUrl is null || !BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("http" or "https") =>
            $"BankHire:Speech:Engines:{language}:BaseUrl must be an absolute http(s) URL",
        SpeechEngineKind.OpenAiCompatible when string.IsNullOrWhiteSpace(Model) => $"BankHire:Speech:Engines:{language}:Model is required",
        SpeechEngineKind.Pocketsphinx when SpeechLanguage.Primary(language) != "en" => $"pocketsphinx transcribes English only, not '{language}'",
        _ when Timeout <= TimeSpan.Zero => $"BankHire:Speech:Engines:{language}:TimeoutSeconds must be positive",
        _ when MaxConcurrentCalls is < 1 => $"BankHire:Speech:Engines:{language}:MaxConcurrentCalls must be at least 1",
        _ => null,
    };
}
