namespace BankHire.Analysis.Text.Speech;

/// <summary>Mono 16-bit PCM samples and their rate: what the interview audio path delivers (16 kHz).</summary>
public sealed record AudioClip(short[] Samples, int SampleRate)
{
    public const int SpeechRate = 16_000;

    public double Seconds => Samples.Length / (double)SampleRate;
}
