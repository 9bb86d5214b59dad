using System.Collections.Frozen;
using BankHire.Analysis.Features;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>
/// Short names and units a reader recognises ("微笑比例", "smile ratio"), and how values print: ratios as 0.75
/// for HR and 75% for candidates. A feature added to the catalogue later falls back to its catalogue description.
/// </summary>
internal static class FeatureText
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Labels = new Dictionary<string, (string, string)>
    {
        ["face_presence_ratio"] = ("人脸出镜比例", "face presence ratio"),
        ["eye_contact_ratio"] = ("目光接触比例", "eye contact ratio"),
        ["smile_ratio"] = ("微笑比例", "smile ratio"),
        ["eyes_closed_ratio"] = ("闭眼比例", "eyes-closed ratio"),
        ["extra_face_ratio"] = ("多人入镜比例", "extra face ratio"),
        ["mean_brightness"] = ("平均亮度", "mean brightness"),
        ["dark_frame_ratio"] = ("过暗画面比例", "dark frame ratio"),
        ["blur_score"] = ("画面清晰度", "sharpness"),
        ["speaking_ratio"] = ("说话时间占比", "speaking ratio"),
        ["pause_ratio"] = ("停顿比例", "pause ratio"),
        ["pause_count"] = ("停顿次数", "pause count"),
        ["longest_silence_s"] = ("最长沉默", "longest silence"),
        ["speech_rate_sps"] = ("语速", "speech rate"),
        ["pitch_mean_hz"] = ("平均音高", "mean pitch"),
        ["pitch_variability_st"] = ("语调变化", "pitch variability"),
        ["energy_mean_db"] = ("平均音量", "mean loudness"),
        ["energy_variability_db"] = ("音量变化", "loudness variability"),
        ["expected_point_coverage"] = ("要点覆盖率", "expected-point coverage"),
        ["polite_phrase_rate"] = ("礼貌用语得分", "politeness score"),
        ["structure_star_score"] = ("回答结构化程度", "answer structure (STAR)"),
        ["filler_word_rate"] = ("口头禅频率", "filler-word rate"),
        ["relevance_score"] = ("切题程度", "relevance"),
        ["answer_word_count"] = ("回答字数", "answer length"),
        ["resume_competency_evidence"] = ("简历能力证据", "resume evidence"),
        ["resume_experience_years"] = ("相关工作年限", "relevant experience"),
        ["resume_education_fit"] = ("学历专业匹配度", "education fit"),
        ["resume_certificate_score"] = ("证书得分", "certificates"),
        ["written_test_score"] = ("笔试成绩", "written-test score"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string Zh, string En)> Units = new Dictionary<string, (string, string)>
    {
        ["s"] = (" 秒", " s"),
        ["syllables/s"] = (" 音节/秒", " syllables/s"),
        ["count"] = (" 次", ""),
        ["Hz"] = (" Hz", " Hz"),
        ["semitones"] = (" 半音", " semitones"),
        ["dBFS"] = (" dBFS", " dBFS"),
        ["dB"] = (" dB", " dB"),
        ["per 100 words"] = (" 次/百字", " per 100 words"),
        ["words"] = (" 字", " words"),
        ["years"] = (" 年", " years"),
        ["points"] = (" 分", " points"),
    }.ToFrozenDictionary();

    public static string Label(string feature, Localised l)
    {
        if (Labels.TryGetValue(feature, out var label))
            return l.Pick(label.Zh, label.En);
        return FeatureCatalogue.TryGet(feature, out var definition) ? l.Pick(definition.DescriptionZh, definition.DescriptionEn) : feature;
    }

    /// <param name="asPercent">Print ratios as percentages (for candidates) rather than 0–1 (for HR).</param>
    public static string Value(string feature, double value, Localised l, bool asPercent)
    {
        var unit = FeatureCatalogue.TryGet(feature, out var definition) ? definition.Unit : "";
        if (unit == "ratio")
            return asPercent ? Localised.Percent(value) : Localised.Number(value, "0.00");
        var suffix = Units.TryGetValue(unit, out var u) ? l.Pick(u.Zh, u.En) : (unit.Length > 0 ? " " + unit : "");
        return Localised.Number(value, "0.##") + suffix;
    }
}
