using BankHire.Analysis.Speech.Http;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Speech.Resilience;

namespace BankHire.Analysis.Speech.Engines;

/// <summary>
/// The engine for each answer language, as the bank configured them (<c>BankHire:Speech:Engines</c>): each behind
/// retries and a circuit breaker. A language without an engine is answered "unsupported", so its spoken answers
/// have no content and go to human review unless typed.
/// </summary>
public sealed class SpeechEngines : ISpeechToText, IDisposable
{
    private readonly Dictionary<string, ResilientSpeechToText> byLanguage;
    private readonly Dictionary<ResilientSpeechToText, BoundedSpeechToText> lines;
    private readonly List<HttpClient> clients;

    private SpeechEngines(Dictionary<string, ResilientSpeechToText> byLanguage, Dictionary<ResilientSpeechToText, BoundedSpeechToText> lines, List<HttpClient> clients)
    {
        this.byLanguage = byLanguage;
        this.lines = lines;
        this.clients = clients;
    }

    /// <summary>English on the built-in pocketsphinx, no Chinese engine: what a fresh installation has.</summary>
    public static IReadOnlyDictionary<string, SpeechEngineSettings> Defaults { get; } =
        new Dictionary<string, SpeechEngineSettings> { ["en"] = new() { Kind = SpeechEngineKind.Pocketsphinx } };

    /// <exception cref="ArgumentException">A setting is wrong; the message names it.</exception>
    public static SpeechEngines Create(IReadOnlyDictionary<string, SpeechEngineSettings> settings, TimeProvider? clock = null)
    {
        var problems = settings.Select(s => s.Value.Problem(s.Key)).OfType<string>().ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(settings));

        var clients = new List<HttpClient>();
        var engines = new Dictionary<string, ResilientSpeechToText>(StringComparer.Ordinal);
        var lines = new Dictionary<ResilientSpeechToText, BoundedSpeechToText>();
        // Languages sharing the same service share one engine, so its circuit, its line and its figures are one.
        foreach (var group in settings.Where(s => s.Value.Kind != SpeechEngineKind.None).GroupBy(s => s.Value))
        {
            var languages = group.Select(s => SpeechLanguage.Primary(s.Key)).Distinct().Order(StringComparer.Ordinal).ToList();
            // The line inside the retries: a retry queues again; the wait is outside the engine's per-call timeout.
            var line = new BoundedSpeechToText(Build(group.Key, languages, clients), group.Key.ConcurrentCalls);
            var engine = new ResilientSpeechToText(line, languages, group.Key.Resilience, clock);
            lines[engine] = line;
            foreach (var language in languages) engines[language] = engine;
        }
        return new SpeechEngines(engines, lines, clients);
    }

    public string Engine => byLanguage.Count == 0 ? "none configured"
        : string.Join(", ", byLanguage.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} → {e.Value.Engine}"));

    public bool Supports(string language) =>
        byLanguage.TryGetValue(SpeechLanguage.Primary(language), out var engine) && engine.Supports(language);

    /// <summary>One entry per configured engine.</summary>
    public IReadOnlyList<EngineHealth> Health => [.. byLanguage.Values.Distinct()
        .Select(e => e.Health with { Running = lines[e].Running, Waiting = lines[e].Waiting, MaxConcurrentCalls = lines[e].MaxConcurrentCalls })
        .OrderBy(h => h.Engine, StringComparer.Ordinal)];

    public IReadOnlyCollection<string> Languages => byLanguage.Keys;

    public Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default) =>
        byLanguage.TryGetValue(SpeechLanguage.Primary(language), out var engine)
            ? engine.TranscribeAsync(pcm16le, language, hints, cancellation)
            : Task.FromResult(TranscriptionResult.UnsupportedLanguage("no engine", language, byLanguage.Keys.Order(StringComparer.Ordinal)));

    public void Dispose()
    {
        foreach (var client in clients) client.Dispose();
        foreach (var line in lines.Values) line.Dispose();
    }

    private static ISpeechToText Build(SpeechEngineSettings settings, IReadOnlyList<string> languages, List<HttpClient> clients)
    {
        switch (settings.Kind)
        {
            case SpeechEngineKind.Pocketsphinx:
                return new PocketsphinxSpeechToText();
            case SpeechEngineKind.OpenAiCompatible:
                // The per-attempt deadline is the engine's own; the client's must not cut a retry short.
                var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
                clients.Add(client);
                return new HttpSpeechToText(client, new HttpSpeechToTextOptions
                {
                    BaseAddress = settings.BaseUrl!,
                    Model = settings.Model!,
                    Languages = languages,
                    ApiKey = settings.ApiKey,
                    ApiKeyHeader = settings.ApiKeyHeader,
                    EngineName = settings.EngineName,
                    Timeout = settings.Timeout,
                });
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, "no engine to build");
        }
    }
}
