namespace BankHire.Analysis.Tests.Interview;

/// <summary>A generated recording with its known timeline: a face for the given seconds, speech for the given seconds.</summary>
public sealed record RecordedAnswer(string Path, double TotalSeconds, double FaceSeconds, double SpeechSeconds, string SpokenText)
{
    public double FacePresence => FaceSeconds / TotalSeconds;

    public double SpeakingRatio => SpeechSeconds / TotalSeconds;
}
