using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.Tests.Audio;

/// <summary>Runs one recording through a fresh analyser.</summary>
internal static class AnalyzerRun
{
    public static (IReadOnlyList<FeatureValue> Features, IReadOnlyList<SpeechSegment> Segments) Whole(byte[] pcm)
    {
        using var analyzer = new AudioAnalyzer();
        analyzer.Append(pcm);
        var features = analyzer.Complete();
        return (features, analyzer.Segments.ToList());
    }

    public static double Value(this IReadOnlyList<FeatureValue> features, string name) =>
        features.Single(f => f.Name == name).Value ?? throw new Xunit.Sdk.XunitException(
            $"{name} has no value: {features.Single(f => f.Name == name).NoDataReason}");
}
