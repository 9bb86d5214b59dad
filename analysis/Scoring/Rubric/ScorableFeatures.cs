using System.Collections.Frozen;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// Which catalogue features may carry weight in a score. Video-quality features exist to coach the candidate
/// (more light, hold still), not to judge them; mean pitch is kept for audio diagnostics but is a proxy for
/// sex, so it must never be scored.
/// </summary>
public static class ScorableFeatures
{
    private static readonly FrozenDictionary<string, string> ExcludedProxies = new Dictionary<string, string>
    {
        ["pitch_mean_hz"] = "mean pitch is a proxy for sex, a protected attribute",
    }.ToFrozenDictionary();

    /// <summary>True when the feature may be scored; otherwise <paramref name="reason"/> says why not.</summary>
    public static bool IsScorable(FeatureDefinition feature, out string reason)
    {
        if (ExcludedProxies.TryGetValue(feature.Name, out var proxyReason))
        {
            reason = proxyReason;
            return false;
        }
        if (feature.Kind == FeatureKind.VideoQuality)
        {
            reason = "video-quality features guide the candidate and are never scored";
            return false;
        }
        reason = "";
        return true;
    }

    public static bool IsScorable(FeatureDefinition feature) => IsScorable(feature, out _);
}
