namespace BankHire.Analysis.Speech.Resilience;

/// <summary>
/// An engine that transcribes at most a fixed number of segments at once; the others wait in line, in order of arrival.
/// A campus peak brings spoken answers faster than a local engine can transcribe them (pocketsphinx runs at about a quarter
/// of real time per core): without a bound every answer starts its own process and all of them, vision and voice with them,
/// starve together. With it, transcription falls behind on its own and each report comes later, never not at all.
/// Waiting is not a failure and does not count against the engine's own per-call timeout.
/// </summary>
public sealed class BoundedSpeechToText : ISpeechToText, IDisposable
{
    private readonly ISpeechToText inner;
    private readonly SemaphoreSlim slots;
    private int waiting;

    public BoundedSpeechToText(ISpeechToText inner, int maxConcurrentCalls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentCalls, 1);
        this.inner = inner;
        MaxConcurrentCalls = maxConcurrentCalls;
        slots = new SemaphoreSlim(maxConcurrentCalls, maxConcurrentCalls);
    }

    public int MaxConcurrentCalls { get; }

    /// <summary>Segments being transcribed now.</summary>
    public int Running => MaxConcurrentCalls - slots.CurrentCount;

    /// <summary>Segments waiting for a free slot.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    public string Engine => inner.Engine;

    public bool Supports(string language) => inner.Supports(language);

    public async Task<TranscriptionResult> TranscribeAsync(ReadOnlyMemory<byte> pcm16le, string language, SpeechHints? hints = null, CancellationToken cancellation = default)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            await slots.WaitAsync(cancellation);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
        try
        {
            return await inner.TranscribeAsync(pcm16le, language, hints, cancellation);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
