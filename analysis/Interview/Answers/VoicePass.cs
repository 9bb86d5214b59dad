using BankHire.Analysis.Audio;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.Interview;

/// <summary>The answer's PCM through a fresh <see cref="AudioAnalyzer"/>.</summary>
internal static class VoicePass
{
    public static (IReadOnlyList<FeatureValue> Features, string? Note) Measure(AnswerAudio audio)
    {
        if (audio.Pcm16le is not { } pcm)
            return (CatalogueNoData.For(AudioAnalyzer.Version, audio.Problem!, FeatureKind.Voice), $"voice: {audio.Problem}");
        try
        {
            using var analyzer = new AudioAnalyzer();
            analyzer.Append(pcm.Span);
            return (analyzer.Complete(), audio.Warnings.Count > 0 ? $"voice: decoded with warnings: {string.Join("; ", audio.Warnings)}" : null);
        }
        catch (InvalidAudioException e)
        {
            var reason = $"the audio is not usable: {e.Reason}";
            return (CatalogueNoData.For(AudioAnalyzer.Version, reason, FeatureKind.Voice), $"voice: {reason}");
        }
    }
}
