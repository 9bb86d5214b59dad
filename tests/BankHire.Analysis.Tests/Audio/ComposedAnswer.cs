using BankHire.Analysis.Audio;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>A generated recording and the timeline it was composed from.</summary>
public sealed record ComposedAnswer(string WavPath, string RawPath, IReadOnlyList<SpeechSegment> Speech, double TotalSeconds)
{
    public byte[] Pcm => File.ReadAllBytes(RawPath);

    public double SpeakingRatio => Speech.Sum(s => s.DurationSeconds) / TotalSeconds;
}
