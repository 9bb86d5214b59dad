using System.Globalization;
using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Speech.Resilience;

/// <summary>
/// An engine with retries and a circuit breaker around it: a transient failure (unreachable, timeout, 429, 5xx) is
/// tried again after a doubling backoff or the wait the service asked for; a permanent one (4xx, garbage) is not;
/// an engine failing call after call is left alone for a while. Keeps the figures <see cref="Health"/> reports.
/// </summary>
public sealed class ResilientSpeechToText : ISpeechToText
{
    private readonly ISpeechToText inner;
    private readonly ResilienceSettings settings;
    private readonly TimeProvider clock;
    private readonly CircuitBreaker breaker;
    private readonly IReadOnlyList<string> languages;
    private readonly Lock gate = new();
    private DateTimeOffset? lastSuccessAt;
    private DateTimeOffset? lastFailureAt;
    private string? lastFailure;
    private long calls;
    private long failures;

    public ResilientSpeechToText(ISpeechToText inner, IReadOnlyList<string> languages, ResilienceSettings? settings = null, TimeProvider? clock = null)
    {
        this.inner = inner;
        this.languages = languages;
        this.settings = settings ?? ResilienceSettings.Default;
        this.clock = clock ?? TimeProvider.System;
        breaker = new CircuitBreaker(this.settings.BreakAfterFailures, this.settings.BreakFor, this.clock);
    }

    public string Engine => inner.Engine;

    public bool Supports(string language) => inner.Supports(language);

    public EngineHealth Health
    {
        get
        {
            lock (gate)
                return new EngineHealth(Engine, languages, breaker.State, breaker.OpenUntil, lastSuccessAt, lastFailureAt, lastFailure, calls, failures);
        }
    }

    public async Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (!breaker.TryEnter())
                throw new SpeechToTextException(Engine, string.Create(CultureInfo.InvariantCulture,
                    $"not called: it failed {settings.BreakAfterFailures} times in a row and rests until {breaker.OpenUntil:HH:mm:ss} UTC"));
            Interlocked.Increment(ref calls);
            try
            {
                var result = await inner.TranscribeAsync(pcm16le, language, hints, cancellation);
                breaker.Succeeded();
                lock (gate) lastSuccessAt = clock.GetUtcNow();
                return result;
            }
            catch (SpeechToTextException e)
            {
                breaker.Failed();
                Record(e);
                if (!e.Transient || attempt >= settings.MaxRetries || breaker.State != CircuitState.Closed) throw;
                await Task.Delay(Backoff(attempt, e.RetryAfter), clock, cancellation);
            }
            catch (InvalidAudioException)
            {
                // The audio, not the engine: nothing to retry and nothing against the engine.
                breaker.Succeeded();
                throw;
            }
        }
    }

    private TimeSpan Backoff(int attempt, TimeSpan? askedFor)
    {
        var doubling = settings.FirstBackoff * Math.Pow(2, attempt);
        var wait = askedFor is { } asked && asked > doubling ? asked : doubling;
        return wait < settings.MaxBackoff ? wait : settings.MaxBackoff;
    }

    private void Record(SpeechToTextException e)
    {
        Interlocked.Increment(ref failures);
        lock (gate)
        {
            lastFailureAt = clock.GetUtcNow();
            lastFailure = e.Reason;
        }
    }
}
