namespace BankHire.Analysis.Audio;

/// <summary>A recording decoded to the analysers' format (16 kHz mono s16le).</summary>
/// <param name="Pcm16le">The samples, ready for <see cref="AudioAnalyzer.Append(ReadOnlySpan{byte})"/>.</param>
/// <param name="Warnings">
/// What the decoder recovered from, such as a recording that ends early (an upload cut short): the
/// samples before the damage are kept, and the warning says the answer may be incomplete.
/// </param>
public sealed record DecodedAudio(byte[] Pcm16le, IReadOnlyList<string> Warnings)
{
    public double DurationSeconds => AudioFormat.SecondsOf(Pcm16le.Length / AudioFormat.BytesPerSample);
}
