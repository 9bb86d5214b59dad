namespace BankHire.Analysis.Audio;

/// <summary>A stretch of detected speech, in seconds from the start of the answer.</summary>
public readonly record struct SpeechSegment(double StartSeconds, double EndSeconds)
{
    public double DurationSeconds => EndSeconds - StartSeconds;

    public bool Contains(double seconds) => seconds >= StartSeconds && seconds < EndSeconds;

    public override string ToString() => $"{StartSeconds:0.00}-{EndSeconds:0.00} s";
}
