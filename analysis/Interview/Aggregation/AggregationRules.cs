using System.Collections.Frozen;

namespace BankHire.Analysis.Interview;

/// <summary>The rule for every per-answer feature of the catalogue (vision, voice, content).</summary>
public static class AggregationRules
{
    private static readonly FrozenDictionary<string, AggregationRule> Rules = new Dictionary<string, AggregationRule>
    {
        ["face_presence_ratio"] = AggregationRule.DurationWeighted,
        ["extra_face_ratio"] = AggregationRule.DurationWeighted,
        ["eye_contact_ratio"] = AggregationRule.FaceTimeWeighted,
        ["smile_ratio"] = AggregationRule.FaceTimeWeighted,
        ["eyes_closed_ratio"] = AggregationRule.FaceTimeWeighted,
        ["mean_brightness"] = AggregationRule.DurationWeighted,
        ["dark_frame_ratio"] = AggregationRule.DurationWeighted,
        // A median cannot be combined from medians; the length-weighted mean of answer medians is close enough for guidance.
        ["blur_score"] = AggregationRule.DurationWeighted,
        ["speaking_ratio"] = AggregationRule.DurationWeighted,
        ["pause_ratio"] = AggregationRule.DurationWeighted,
        ["pause_count"] = AggregationRule.Sum,
        ["mean_pause_s"] = AggregationRule.PauseCountWeighted,
        ["longest_silence_s"] = AggregationRule.Max,
        ["speech_rate_sps"] = AggregationRule.SpeechTimeWeighted,
        ["pitch_mean_hz"] = AggregationRule.SpeechTimeWeighted,
        ["pitch_variability_st"] = AggregationRule.SpeechTimeWeighted,
        ["energy_mean_db"] = AggregationRule.SpeechTimeWeighted,
        ["energy_variability_db"] = AggregationRule.SpeechTimeWeighted,
        ["second_voice_ratio"] = AggregationRule.SpeechTimeWeighted,
        ["expected_point_coverage"] = AggregationRule.PerAnswerMean,
        ["polite_phrase_rate"] = AggregationRule.PerAnswerMean,
        ["structure_star_score"] = AggregationRule.PerAnswerMean,
        ["filler_word_rate"] = AggregationRule.WordCountWeighted,
        ["relevance_score"] = AggregationRule.PerAnswerMean,
        ["answer_word_count"] = AggregationRule.Sum,
    }.ToFrozenDictionary();

    public static bool TryGet(string feature, out AggregationRule rule) => Rules.TryGetValue(feature, out rule);
}
