using System.Globalization;
using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Resilience;
using Microsoft.Extensions.Configuration;

namespace BankHire.Scoring;

/// <summary>
/// Reads <c>BankHire:Speech:Engines</c>: one section per answer language (<c>zh</c>, <c>en</c>) with <c>Kind</c>
/// (<c>Pocketsphinx</c>, <c>OpenAiCompatible</c>, <c>None</c>), and for a service <c>BaseUrl</c>, <c>Model</c>, optional
/// <c>ApiKey</c>, <c>ApiKeyHeader</c>, <c>Name</c>, <c>TimeoutSeconds</c>, <c>MaxConcurrentCalls</c>, <c>MaxRetries</c>, <c>BreakAfterFailures</c>,
/// <c>BreakSeconds</c>. Nothing configured: English on pocketsphinx, no Chinese engine.
/// </summary>
public static class SpeechEngineConfiguration
{
    public const string Section = "BankHire:Speech:Engines";

    /// <exception cref="InvalidOperationException">A value is not understood; the message names the key.</exception>
    public static IReadOnlyDictionary<string, SpeechEngineSettings> Read(IConfiguration? configuration)
    {
        var languages = configuration?.GetSection(Section).GetChildren().ToList() ?? [];
        if (languages.Count == 0) return SpeechEngines.Defaults;
        return languages.ToDictionary(l => l.Key.Trim().ToLowerInvariant(), Engine);
    }

    private static SpeechEngineSettings Engine(IConfigurationSection language)
    {
        var defaults = ResilienceSettings.Default;
        return new SpeechEngineSettings
        {
            Kind = Enum<SpeechEngineKind>(language, "Kind") ?? SpeechEngineKind.None,
            Name = Text(language, "Name"),
            BaseUrl = Text(language, "BaseUrl") is { } url
                ? Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw Wrong(language, "BaseUrl", "an absolute URL")
                : null,
            Model = Text(language, "Model"),
            ApiKey = Text(language, "ApiKey"),
            ApiKeyHeader = Text(language, "ApiKeyHeader"),
            Timeout = TimeSpan.FromSeconds(Number(language, "TimeoutSeconds") ?? 60),
            MaxConcurrentCalls = Number(language, "MaxConcurrentCalls") is { } max ? (int)max : null,
            Resilience = new ResilienceSettings
            {
                MaxRetries = (int)(Number(language, "MaxRetries") ?? defaults.MaxRetries),
                BreakAfterFailures = (int)(Number(language, "BreakAfterFailures") ?? defaults.BreakAfterFailures),
                BreakFor = Number(language, "BreakSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.BreakFor,
                FirstBackoff = Number(language, "FirstBackoffSeconds") is { } first ? TimeSpan.FromSeconds(first) : defaults.FirstBackoff,
            },
        };
    }

    private static string? Text(IConfigurationSection section, string key) =>
        section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static double? Number(IConfigurationSection section, string key) =>
        Text(section, key) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw Wrong(section, key, "a non-negative number");

    private static T? Enum<T>(IConfigurationSection section, string key) where T : struct, System.Enum =>
        Text(section, key) is not { } text ? null
        : System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value
        : throw Wrong(section, key, string.Join(", ", System.Enum.GetNames<T>()));

    private static InvalidOperationException Wrong(IConfigurationSection section, string key, string expected) =>
        new($"{section.Path}:{key} must be {expected}.");
}
