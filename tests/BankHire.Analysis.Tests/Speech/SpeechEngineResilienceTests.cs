using BankHire.Analysis.Audio;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Resilience;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>
/// The bank's speech service behind retries and a circuit breaker, against a local double that succeeds, fails,
/// stalls, answers garbage and asks us to slow down.
/// </summary>
public sealed class SpeechEngineResilienceTests
{
    private static readonly byte[] Pcm = RawPcm.ToBytes(Enumerable.Range(0, 8_000).Select(i => (short)(1000 * Math.Sin(i / 10.0))).ToArray());
    private static readonly WhisperReply Ok = new(200, RecordedWhisperResponses.MandarinSegmentsOnly);

    private static SpeechEngines Engines(WhisperServerDouble server, TimeSpan? timeout = null, int maxRetries = 2, int breakAfter = 5, string? apiKey = null, string? apiKeyHeader = null) =>
        SpeechEngines.Create(new Dictionary<string, SpeechEngineSettings>
        {
            ["zh"] = new()
            {
                Kind = SpeechEngineKind.OpenAiCompatible, BaseUrl = server.BaseAddress, Model = "paraformer-zh", Name = "bank-asr",
                ApiKey = apiKey, ApiKeyHeader = apiKeyHeader, Timeout = timeout ?? TimeSpan.FromSeconds(10),
                Resilience = new ResilienceSettings
                {
                    MaxRetries = maxRetries, FirstBackoff = TimeSpan.FromMilliseconds(20), BreakAfterFailures = breakAfter, BreakFor = TimeSpan.FromMinutes(5),
                },
            },
            ["en"] = new() { Kind = SpeechEngineKind.Pocketsphinx },
        });

    [Fact]
    public async Task Each_language_goes_to_its_configured_engine_and_the_transcript_names_engine_and_model()
    {
        using var server = new WhisperServerDouble(_ => Ok);
        using var engines = Engines(server);

        var transcript = (await engines.TranscribeAsync(Pcm, "zh-CN")).Transcript!;

        Assert.Equal(("bank-asr", "paraformer-zh", "zh"), (transcript.Engine, transcript.ModelVersion, transcript.Language));
        Assert.Single(server.Requests);
        Assert.True(engines.Supports("en-US"));
        Assert.False(engines.Supports("fr"));
        Assert.Equal("en → pocketsphinx, zh → bank-asr", engines.Engine);
    }

    [Fact]
    public async Task A_language_without_an_engine_is_unsupported_not_an_error()
    {
        using var engines = SpeechEngines.Create(SpeechEngines.Defaults);

        var result = await engines.TranscribeAsync(Pcm, "zh");

        Assert.False(result.IsTranscribed);
        Assert.False(engines.Supports("zh"));
        Assert.Contains("'zh'", result.UnsupportedReason);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_wait_the_service_asks_for()
    {
        using var server = new WhisperServerDouble(n => n == 0 ? new WhisperReply(429, """{"error":"slow down"}""", RetryAfter: "1") : Ok);
        using var engines = Engines(server);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await engines.TranscribeAsync(Pcm, "zh");

        Assert.True(result.IsTranscribed);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed.TotalSeconds:0.00} s, before the 1 s asked for");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_reported()
    {
        using var server = new WhisperServerDouble(_ => new WhisperReply(503, """{"error":{"message":"model is loading"}}"""));
        using var engines = Engines(server, maxRetries: 2);

        var error = await Assert.ThrowsAsync<SpeechToTextException>(() => engines.TranscribeAsync(Pcm, "zh"));

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("HTTP 503", error.Reason);
        Assert.True(error.Transient);
        var health = Assert.Single(engines.Health, h => h.Engine == "bank-asr");
        Assert.Equal((3L, 3L), (health.Calls, health.Failures));
        Assert.Contains("model is loading", health.LastFailure);
    }

    [Fact]
    public async Task A_stalled_service_times_out_and_is_retried()
    {
        using var server = new WhisperServerDouble(n => n == 0 ? Ok with { Delay = TimeSpan.FromSeconds(30) } : Ok);
        using var engines = Engines(server, timeout: TimeSpan.FromSeconds(1));

        var result = await engines.TranscribeAsync(Pcm, "zh");

        Assert.True(result.IsTranscribed);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(200, "<html>proxy login</html>", "not Whisper verbose_json")]
    [InlineData(200, "{}", "no text, words or segments")]
    [InlineData(400, """{"error":"unsupported language"}""", "HTTP 400")]
    [InlineData(401, """{"error":"bad key"}""", "HTTP 401")]
    public async Task Garbage_and_refusals_are_not_retried(int status, string body, string reason)
    {
        using var server = new WhisperServerDouble(_ => new WhisperReply(status, body));
        using var engines = Engines(server);

        var error = await Assert.ThrowsAsync<SpeechToTextException>(() => engines.TranscribeAsync(Pcm, "zh"));

        Assert.Single(server.Requests);
        Assert.Contains(reason, error.Reason);
        Assert.False(error.Transient);
    }

    [Fact]
    public async Task An_engine_that_keeps_failing_is_left_alone_and_answers_fail_at_once()
    {
        using var server = new WhisperServerDouble(_ => new WhisperReply(500, "{}"));
        using var engines = Engines(server, maxRetries: 0, breakAfter: 3);

        for (var i = 0; i < 3; i++) await Assert.ThrowsAsync<SpeechToTextException>(() => engines.TranscribeAsync(Pcm, "zh"));
        var resting = await Assert.ThrowsAsync<SpeechToTextException>(() => engines.TranscribeAsync(Pcm, "zh"));

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("not called", resting.Reason);
        Assert.Equal(CircuitState.Open, engines.Health.Single(h => h.Engine == "bank-asr").Circuit);
    }

    [Fact]
    public void After_the_break_one_trial_call_decides()
    {
        var clock = new SteppingClock();
        var breaker = new CircuitBreaker(2, TimeSpan.FromSeconds(30), clock);
        breaker.Failed();
        breaker.Failed();
        Assert.False(breaker.TryEnter());

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        Assert.True(breaker.TryEnter());
        Assert.False(breaker.TryEnter()); // one trial at a time
        breaker.Failed();
        Assert.Equal(CircuitState.Open, breaker.State);

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.True(breaker.TryEnter());
        breaker.Succeeded();
        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public async Task The_key_goes_in_the_configured_header_and_the_question_as_the_prompt()
    {
        using var server = new WhisperServerDouble(_ => Ok);
        using var engines = Engines(server, apiKey: "k-123", apiKeyHeader: "X-Api-Key");

        await engines.TranscribeAsync(Pcm, "zh", new SpeechHints(["身份核实", "安抚情绪"], "老年客户忘记密码，您会怎么做？"));

        var request = Assert.Single(server.Requests);
        Assert.Equal(("k-123", (string?)null), (request.ApiKeyHeader, request.Authorization));
        Assert.Equal("老年客户忘记密码，您会怎么做？, 身份核实, 安抚情绪", request.Field("prompt"));
    }

    [Theory]
    [InlineData("OpenAiCompatible", null, "m", "BaseUrl must be an absolute http(s) URL")]
    [InlineData("OpenAiCompatible", "ftp://stt.bank/", "m", "BaseUrl must be an absolute http(s) URL")]
    [InlineData("OpenAiCompatible", "https://stt.bank/", null, "Model is required")]
    public void Wrong_settings_are_refused_naming_the_key(string kind, string? url, string? model, string message)
    {
        var settings = new SpeechEngineSettings { Kind = Enum.Parse<SpeechEngineKind>(kind), BaseUrl = url is null ? null : new Uri(url), Model = model };

        var error = Assert.Throws<ArgumentException>(() => SpeechEngines.Create(new Dictionary<string, SpeechEngineSettings> { ["zh"] = settings }));

        Assert.Contains("BankHire:Speech:Engines:zh:" + message, error.Message);
    }

    [Fact]
    public void Pocketsphinx_for_chinese_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SpeechEngines.Create(
            new Dictionary<string, SpeechEngineSettings> { ["zh"] = new() { Kind = SpeechEngineKind.Pocketsphinx } }));

        Assert.Contains("pocketsphinx transcribes English only", error.Message);
    }

    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
