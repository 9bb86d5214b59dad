using BankHire.Analysis.Features;

namespace BankHire.Analysis.Tests.Scoring;

/// <summary>Feature values of a plausible interview, covering every feature the templates use.</summary>
internal static class JobTemplateFeatures
{
    public static List<FeatureValue> Typical() =>
    [
        FeatureValue.Of("face_presence_ratio", 0.98, "vision-1.2.0"),
        FeatureValue.Of("eye_contact_ratio", 0.66, "vision-1.2.0"),
        FeatureValue.Of("smile_ratio", 0.75, "vision-1.2.0"),
        FeatureValue.Of("extra_face_ratio", 0.0, "vision-1.2.0"),
        FeatureValue.Of("mean_brightness", 121, "vision-1.2.0"),
        FeatureValue.Of("speaking_ratio", 0.72, "audio-2.0.1"),
        FeatureValue.Of("pause_ratio", 0.28, "audio-2.0.1"),
        FeatureValue.Of("pause_count", 14, "audio-2.0.1"),
        FeatureValue.Of("longest_silence_s", 4.2, "audio-2.0.1"),
        FeatureValue.Of("speech_rate_sps", 4.6, "audio-2.0.1"),
        FeatureValue.Of("pitch_mean_hz", 210, "audio-2.0.1"),
        FeatureValue.Of("pitch_variability_st", 3.1, "audio-2.0.1"),
        FeatureValue.Of("energy_mean_db", -24, "audio-2.0.1"),
        FeatureValue.Of("energy_variability_db", 8, "audio-2.0.1"),
        FeatureValue.Of("expected_point_coverage", 0.68, "text-0.9.3"),
        FeatureValue.Of("polite_phrase_rate", 0.85, "text-0.9.3"),
        FeatureValue.Of("structure_star_score", 0.55, "text-0.9.3"),
        FeatureValue.Of("filler_word_rate", 4.5, "text-0.9.3"),
        FeatureValue.Of("relevance_score", 0.81, "text-0.9.3"),
        FeatureValue.Of("answer_word_count", 820, "text-0.9.3"),
    ];
}
