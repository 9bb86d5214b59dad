using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Web.CandidatePortal;

/// <summary>
/// What the consent page tells the candidate: each analysis, why, who sees it, how long it is kept, and exactly which
/// measures of it this job's rubric scores (hidden-from-candidate ones included: the candidate consents to all of them).
/// </summary>
public static class PrivacyNotice
{
    /// <summary>Bump when any text below changes: consents record the version they were given to.</summary>
    public const string ConsentTextVersion = "2028-01-v3";

    public sealed record AnalysisNotice(string Kind, string TitleZh, string TitleEn, string WhyZh, string WhyEn, string WhoSeesZh, string WhoSeesEn)
    {
        /// <summary>The measures of this kind the job's rubric scores, in the candidate's words; empty for the recording.</summary>
        public IReadOnlyList<MeasureNotice> Measures { get; init; } = [];
    }

    public sealed record MeasureNotice(string Feature, string NameZh, string NameEn);

    /// <summary>The job's jurisdiction pack as the candidate reads it: its name, what it promises, and the rights it gives.</summary>
    public sealed record JurisdictionNotice(string Code, string NameZh, string NameEn, IReadOnlyList<string> NoticeZh, IReadOnlyList<string> NoticeEn,
        bool SeparateBiometricConsent, bool ExplanationAndHumanReviewOnRequest, bool AlternativeProcessOnRequest, int? DeletionDaysAfterRequest,
        IReadOnlyList<string> CuesNotUsed)
    {
        /// <summary>The biometric notice the face choice agrees to on its own, sent back with the consent; null when not asked.</summary>
        public string? BiometricNoticeVersion { get; init; }
    }

    public sealed record PrivacyView(string ConsentTextVersion, int RetentionDays, IReadOnlyList<AnalysisNotice> Analyses, bool FacialAnalysisUsed)
    {
        public JurisdictionNotice? Jurisdiction { get; init; }
    }

    private const string HrZh = "本行招聘人员和面试官";
    private const string HrEn = "the bank's recruiters and interviewers";

    private static readonly AnalysisNotice Face = new("face", "面部与视频分析", "Face and video analysis",
        "估计您在画面中的时间、视线和光线，用于沟通表现指标。", "Estimates time in frame, gaze and light, for the communication indicators.", HrZh, HrEn);
    private static readonly AnalysisNotice Voice = new("voice", "语音分析", "Voice analysis",
        "测量语速、停顿和音量，用于表达指标。", "Measures pace, pauses and volume, for the speaking indicators.", HrZh, HrEn);
    private static readonly AnalysisNotice Content = new("content", "内容分析", "Content analysis",
        "将回答转为文字，并与岗位要点对照。", "Turns the answer into text and compares it with the role's key points.", HrZh, HrEn);
    private static readonly AnalysisNotice Recording = new("recording", "保留录像供人工复核", "Keep the recording for human review",
        "让面试官可以回看您的回答。", "Lets an interviewer watch your answers again.", HrZh, HrEn);

    public static PrivacyView For(CompetencyModel model)
    {
        var facial = model.Policy.FacialIndicatorsAllowed;
        AnalysisNotice[] analyses = facial ? [Face, Voice, Content, Recording] : [Voice, Content, Recording];
        var pack = model.Policy.Pack;
        return new(ConsentTextVersion, model.Policy.EffectiveRetentionDays, [.. analyses.Select(a => a with { Measures = MeasuresOf(model, a.Kind) })], facial)
        {
            Jurisdiction = JurisdictionOf(pack),
        };
    }

    /// <summary>The pack as the consent and status pages show it; null when the job names none.</summary>
    public static JurisdictionNotice? JurisdictionOf(JurisdictionPack pack) =>
        pack == JurisdictionPack.None ? null : new JurisdictionNotice(pack.Code, pack.NameZh, pack.NameEn, pack.NoticeZh, pack.NoticeEn,
            pack.SeparateBiometricConsent, pack.ExplanationAndHumanReviewOnRequest, pack.AlternativeProcessOnRequest, pack.DeletionDaysAfterRequest,
            [.. pack.CuesOff.Order(StringComparer.Ordinal)]) { BiometricNoticeVersion = pack.BiometricNoticeVersion };

    private static List<MeasureNotice> MeasuresOf(CompetencyModel model, string kind) =>
        [.. model.Competencies
            .SelectMany(c => c.Indicators)
            .Where(i => !model.Policy.Pack.Forbids(i.Feature))
            .Select(i => FeatureCatalogue.Get(i.Feature))
            .Where(d => KindOf(d.Kind) == kind)
            .DistinctBy(d => d.Name)
            .Select(d => new MeasureNotice(d.Name, d.DescriptionZh, d.DescriptionEn))];

    private static string? KindOf(FeatureKind kind) => kind switch
    {
        FeatureKind.Facial or FeatureKind.VideoQuality => "face",
        FeatureKind.Voice => "voice",
        FeatureKind.Content => "content",
        _ => null,
    };
}