using System.Collections.Frozen;

namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// The rules of the place a job is in, in one type: which cues may not be scored there, what consent and notice the
/// candidate gets, how fast a deletion request is honoured, and which rights the candidate may invoke. A job names its pack
/// in <see cref="ScoringPolicy.Jurisdiction"/>; the scorer, the consent page and the model card read it from here.
/// <list type="bullet">
/// <item>CN (PIPL): biometrics (face) only under a separate consent (Art. 29); a personal-information impact assessment is
/// recorded before automated decisions (Art. 55–56); the candidate may ask for an explanation and a human review (Art. 24).</item>
/// <item>EU (AI Act Art. 5(1)(f), GDPR Art. 22): no emotion or affect inference in the workplace — the smile cue is off;
/// a human decides (the AI's recommendation is never final).</item>
/// <item>US-IL (AI Video Interview Act 820 ILCS 42): notice that AI is used, an explanation of how, consent before the
/// interview, deletion of every copy within 30 days of a request.</item>
/// <item>US-NYC (Local Law 144): notice at least 10 business days before the tool is used, the right to ask for an
/// alternative process, and the published bias audit.</item>
/// </list>
/// Not legal advice: each bank's counsel confirms the pack before a job uses it.
/// </summary>
public sealed record JurisdictionPack(
    string Code,
    string NameZh,
    string NameEn,
    FrozenSet<string> CuesOff,
    bool SeparateBiometricConsent,
    bool ImpactAssessmentRequired,
    bool ExplanationAndHumanReviewOnRequest,
    bool HumanDecidesEveryOutcome,
    int? DeletionDaysAfterRequest,
    int NoticeBusinessDaysBeforeUse,
    bool AlternativeProcessOnRequest,
    IReadOnlyList<string> NoticeZh,
    IReadOnlyList<string> NoticeEn)
{
    /// <summary>Facial cues that infer emotion or affect rather than presence or attention.</summary>
    public static readonly FrozenSet<string> AffectCues = FrozenSet.Create(StringComparer.Ordinal, "smile_ratio");

    public static readonly JurisdictionPack None = new("", "未指定", "none", FrozenSet<string>.Empty, false, false, false, false, null, 0, false, [], []);

    public static readonly JurisdictionPack China = new("CN", "中国（个人信息保护法）", "China (PIPL)", FrozenSet<string>.Empty,
        SeparateBiometricConsent: true, ImpactAssessmentRequired: true, ExplanationAndHumanReviewOnRequest: true, HumanDecidesEveryOutcome: false,
        DeletionDaysAfterRequest: 15, NoticeBusinessDaysBeforeUse: 0, AlternativeProcessOnRequest: false,
        ["人脸属于敏感个人信息：面部分析需要您单独同意，可以拒绝而不影响其他环节。", "本行已就本岗位的自动化评估完成个人信息保护影响评估。", "您可以要求说明评估结果，并要求由人工重新复核。"],
        ["Your face is sensitive personal information: face analysis needs your separate consent, and declining changes nothing else.",
         "The bank has completed a personal-information impact assessment for this job's automated assessment.",
         "You may ask for an explanation of the result and for a human to review it again."]);

    public static readonly JurisdictionPack EuropeanUnion = new("EU", "欧盟（AI 法案、GDPR）", "European Union (AI Act, GDPR)", AffectCues,
        SeparateBiometricConsent: false, ImpactAssessmentRequired: true, ExplanationAndHumanReviewOnRequest: true, HumanDecidesEveryOutcome: true,
        DeletionDaysAfterRequest: 30, NoticeBusinessDaysBeforeUse: 0, AlternativeProcessOnRequest: false,
        ["本岗位不推断情绪或情感：不使用微笑等表情指标。", "AI 的建议不是决定：每个结果都由招聘人员作出。"],
        ["This job infers no emotion or affect: smile and similar expression cues are not used.",
         "The AI's suggestion is not a decision: a recruiter decides every outcome."]);

    public static readonly JurisdictionPack Illinois = new("US-IL", "美国伊利诺伊州（AI 视频面试法）", "Illinois (AI Video Interview Act)", FrozenSet<string>.Empty,
        SeparateBiometricConsent: true, ImpactAssessmentRequired: false, ExplanationAndHumanReviewOnRequest: true, HumanDecidesEveryOutcome: false,
        DeletionDaysAfterRequest: 30, NoticeBusinessDaysBeforeUse: 0, AlternativeProcessOnRequest: false,
        ["本次视频面试使用人工智能分析您的回答。", "下面说明它如何工作、衡量哪些特征；开始前需要您的同意。", "您可以随时要求删除，30 天内删除所有副本（包括备份）。"],
        ["This video interview uses artificial intelligence to analyse your answers.",
         "How it works and which characteristics it measures are explained below; it needs your consent before you start.",
         "You may ask for deletion at any time: every copy, backups included, is deleted within 30 days."]);

    public static readonly JurisdictionPack NewYorkCity = new("US-NYC", "美国纽约市（第 144 号地方法）", "New York City (Local Law 144)", FrozenSet<string>.Empty,
        SeparateBiometricConsent: false, ImpactAssessmentRequired: false, ExplanationAndHumanReviewOnRequest: false, HumanDecidesEveryOutcome: false,
        DeletionDaysAfterRequest: null, NoticeBusinessDaysBeforeUse: 10, AlternativeProcessOnRequest: true,
        ["本岗位使用自动化招聘决策工具评估面试；本通知至少在使用前 10 个工作日发出。", "您可以申请替代流程或合理便利（由招聘人员面试）。", "本工具的偏差审计摘要已公布。"],
        ["This job uses an automated employment decision tool to assess the interview; this notice is given at least 10 business days before it is used.",
         "You may ask for an alternative selection process or an accommodation (an interview with a recruiter).",
         "The tool's bias audit summary is published."]);

    public static readonly IReadOnlyList<JurisdictionPack> All = [China, EuropeanUnion, Illinois, NewYorkCity];

    public static IReadOnlyList<string> Codes => [.. All.Select(p => p.Code)];

    /// <summary>
    /// The version of the separate consent to face analysis (sensitive personal information, PIPL Art. 29; biometric
    /// identifiers under Illinois law) the consent page shows on the face choice; null where the pack does not ask for one.
    /// A new text gets a new version, so a consent given on an older page is not taken for the new one.
    /// </summary>
    public string? BiometricNoticeVersion => SeparateBiometricConsent ? $"{Code}-biometric-1" : null;

    /// <summary>Why a consent with face analysis cannot be taken under this pack (the separate biometric consent is missing
    /// or was given to another text), or null.</summary>
    public string? BiometricConsentRefusal(bool face, string? noticeVersion) =>
        !face || BiometricNoticeVersion is not { } required || noticeVersion?.Trim() == required ? null
            : $"Face analysis under {NameEn} needs its own consent to the biometric notice '{required}'" +
              (string.IsNullOrWhiteSpace(noticeVersion) ? "; none was given." : $", not '{noticeVersion}'.");

    /// <summary>The pack for a job's jurisdiction code; <see cref="None"/> when the job names none.</summary>
    public static JurisdictionPack For(string? code) =>
        code is null ? None : All.FirstOrDefault(p => p.Code == code) ?? throw new ArgumentException($"Unknown jurisdiction '{code}'.", nameof(code));

    /// <summary>Whether the pack forbids scoring this cue (a feature, also as scored for one competency: <c>smile_ratio@x</c>).</summary>
    public bool Forbids(string feature)
    {
        var at = feature.IndexOf('@');
        return CuesOff.Contains(at < 0 ? feature : feature[..at]);
    }

    /// <summary>Why the AI interview may not be used yet on a candidate given the notice at <paramref name="noticeAt"/>
    /// (US-NYC: <see cref="NoticeBusinessDaysBeforeUse"/> business days first), or null when it may.</summary>
    public string? NoticePeriodRefusal(DateTimeOffset noticeAt, DateTimeOffset now) =>
        now < EarliestUse(noticeAt)
            ? $"{NameEn}: the AI interview may be used from {EarliestUse(noticeAt):yyyy-MM-dd HH:mm} UTC, {NoticeBusinessDaysBeforeUse} business days after " +
              $"the notice given {noticeAt:yyyy-MM-dd HH:mm} UTC; until then the candidate may ask for the alternative process."
            : null;

    /// <summary>Why an interview that analyses the candidate's face may not start yet: where the pack requires a
    /// personal-information impact assessment (CN: PIPL Art. 55–56; EU: GDPR Art. 35), the job's must be recorded first.
    /// Null when it may.</summary>
    public string? ImpactAssessmentRefusal(bool analysesFaces, bool assessmentRecorded) =>
        ImpactAssessmentRequired && analysesFaces && !assessmentRecorded
            ? $"{NameEn}: this job has no personal-information impact assessment on record, so no interview with face analysis may start; " +
              "HR records it with PUT /api/jobs/{jobId}/impact-assessment (purpose, necessity, risks, measures, reviewer, date)."
            : null;

    /// <summary>Why a final outcome (offer, rejection) may not be recorded yet for a candidate the AI assessed: where a human
    /// decides every outcome (EU), a recruiter's recorded decision comes first. Null when it may.</summary>
    public string? FinalOutcomeRefusal(bool assessedByAi, bool humanDecisionRecorded) =>
        HumanDecidesEveryOutcome && assessedByAi && !humanDecisionRecorded
            ? $"{NameEn}: a human decides every outcome of an AI-assessed candidate; record the recruiter's decision (POST /api/candidates/{{id}}/decision) before the offer or rejection."
            : null;

    /// <summary>The first moment the tool may be used on a candidate notified at <paramref name="noticeAt"/>: that many
    /// business days (Monday–Friday) later.</summary>
    public DateTimeOffset EarliestUse(DateTimeOffset noticeAt)
    {
        var at = noticeAt;
        for (var days = 0; days < NoticeBusinessDaysBeforeUse;)
        {
            at = at.AddDays(1);
            if (at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        }
        return at;
    }
}
