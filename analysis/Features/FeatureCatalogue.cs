using System.Collections.Frozen;

namespace BankHire.Analysis.Features;

/// <summary>
/// The one list of features shared by resume screening and interview analysis. A rubric indicator may
/// only name a feature listed here; analysers only emit features listed here.
/// </summary>
public static class FeatureCatalogue
{
    public static readonly IReadOnlyList<FeatureDefinition> All =
    [
        // Vision (per answer, over sampled frames)
        new("face_presence_ratio", FeatureKind.Facial, "ratio", 0, 1, "画面中有人脸的帧占比", "share of frames with a face"),
        new("eye_contact_ratio", FeatureKind.Facial, "ratio", 0, 1, "目光朝向镜头的帧占比", "share of face frames looking at the camera"),
        new("smile_ratio", FeatureKind.Facial, "ratio", 0, 1, "微笑的帧占比", "share of face frames with a smile"),
        new("eyes_closed_ratio", FeatureKind.Facial, "ratio", 0, 1, "闭眼帧占比", "share of face frames with the eyes closed (eye aspect ratio; at 2 fps a blink rate cannot be counted)"),
        new("extra_face_ratio", FeatureKind.Facial, "ratio", 0, 1, "出现多张人脸的帧占比", "share of frames with more than one face"),
        new("mean_brightness", FeatureKind.VideoQuality, "luma 0-255", 0, 255, "平均亮度", "mean luminance"),
        new("dark_frame_ratio", FeatureKind.VideoQuality, "ratio", 0, 1, "过暗帧占比", "share of frames too dark to analyse"),
        new("blur_score", FeatureKind.VideoQuality, "laplacian variance", 0, 100000, "清晰度(拉普拉斯方差)", "sharpness (variance of the Laplacian)"),
        // Audio (per answer, 16 kHz mono)
        new("speaking_ratio", FeatureKind.Voice, "ratio", 0, 1, "说话时间占比", "share of time speaking"),
        new("pause_ratio", FeatureKind.Voice, "ratio", 0, 1, "停顿时间占比", "share of time in pauses between speech"),
        new("pause_count", FeatureKind.Voice, "count", 0, 10000, "停顿次数", "number of pauses longer than 0.5 s"),
        new("mean_pause_s", FeatureKind.Voice, "s", 0, 3600, "平均停顿时长", "mean length of pauses longer than 0.5 s"),
        new("longest_silence_s", FeatureKind.Voice, "s", 0, 3600, "最长沉默", "longest silence"),
        new("speech_rate_sps", FeatureKind.Voice, "syllables/s", 0, 20, "语速(音节/秒)", "speech rate (syllables per second)"),
        new("pitch_mean_hz", FeatureKind.Voice, "Hz", 0, 1000, "平均音高", "mean pitch"),
        new("pitch_variability_st", FeatureKind.Voice, "semitones", 0, 48, "音高变化(半音)", "pitch variability (semitones, std)"),
        new("energy_mean_db", FeatureKind.Voice, "dBFS", -120, 0, "平均音量", "mean energy while speaking"),
        new("energy_variability_db", FeatureKind.Voice, "dB", 0, 120, "音量变化", "energy variability (std)"),
        new("second_voice_ratio", FeatureKind.Voice, "ratio", 0, 1, "疑似他人说话占比", "share of speech in a clearly different voice (a pitch-based hint, not proof)"),
        // Content (per answer, transcript or typed answer)
        new("expected_point_coverage", FeatureKind.Content, "ratio", 0, 1, "要点覆盖率", "share of the question's expected points covered"),
        new("polite_phrase_rate", FeatureKind.Content, "ratio", 0, 1, "礼貌用语得分", "politeness: polite phrases present, per expected use"),
        new("structure_star_score", FeatureKind.Content, "ratio", 0, 1, "结构化(情境-任务-行动-结果)", "answer structure (situation-task-action-result)"),
        new("filler_word_rate", FeatureKind.Content, "per 100 words", 0, 100, "口头禅频率", "filler words per 100 words"),
        new("relevance_score", FeatureKind.Content, "ratio", 0, 1, "切题程度", "relevance to the question"),
        new("answer_word_count", FeatureKind.Content, "words", 0, 100000, "回答字数", "words (or Chinese characters) in the answer"),
        // Resume screening
        new("resume_competency_evidence", FeatureKind.Resume, "ratio", 0, 1, "简历能力证据", "evidence of the competency in the resume"),
        new("resume_experience_years", FeatureKind.Resume, "years", 0, 60, "相关工作年限", "relevant experience in years"),
        new("resume_education_fit", FeatureKind.Resume, "ratio", 0, 1, "学历专业匹配", "education and major fit"),
        new("resume_certificate_score", FeatureKind.Resume, "ratio", 0, 1, "证书", "relevant certificates"),
        new("written_test_score", FeatureKind.Resume, "points", 0, 100, "笔试成绩", "written-test score"),
    ];

    private static readonly FrozenDictionary<string, FeatureDefinition> ByName = All.ToFrozenDictionary(f => f.Name);

    public static bool TryGet(string name, out FeatureDefinition definition) => ByName.TryGetValue(name, out definition!);

    public static FeatureDefinition Get(string name) =>
        ByName.TryGetValue(name, out var d) ? d : throw new KeyNotFoundException($"Unknown feature '{name}'.");
}
