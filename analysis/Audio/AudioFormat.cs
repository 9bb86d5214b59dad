namespace BankHire.Analysis.Audio;

/// <summary>The one PCM format the audio analysers accept: 16 kHz, mono, signed 16-bit little-endian.</summary>
public static class AudioFormat
{
    public const int SampleRate = 16_000;
    public const int BytesPerSample = 2;

    public static double SecondsOf(long samples) => samples / (double)SampleRate;

    public static long SamplesIn(double seconds) => (long)Math.Round(seconds * SampleRate);
}
