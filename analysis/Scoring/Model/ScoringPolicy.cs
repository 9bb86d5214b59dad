namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// Per-job policy. When <see cref="FacialIndicatorsAllowed"/> is false (e.g. an EU jurisdiction), facial
/// indicators are dropped and their weight redistributed, and explanations say so.
/// Overall score ≥ <see cref="PriorityHireCutoff"/> → 优先录用; ≥ <see cref="SecondRoundCutoff"/> → 建议复试; else 淘汰.
/// The cut-offs may be left out of a model document, which then gets the defaults; whether faces may be used
/// never has a default, because that is a legal decision for each job.
/// With <see cref="ReleaseFeedbackAutomatically"/> the candidate reads their feedback without HR releasing it:
/// at once, or <see cref="ReleaseFeedbackAfterMinutes"/> after the report is ready (HR may still release it sooner).
/// <see cref="Jurisdiction"/> (CN, EU, US-IL, US-NYC or none) names the <see cref="JurisdictionPack"/> whose rules apply.
/// <see cref="InterviewWindow"/> says when a booked (or unbooked) candidate may take the interview.
/// <see cref="RetentionDays"/> (default 180, the privacy notice's promise) bounds how long the candidate's data is kept.
/// </summary>
public sealed record ScoringPolicy(
    bool FacialIndicatorsAllowed,
    double PriorityHireCutoff = ScoringPolicy.DefaultPriorityHireCutoff,
    double SecondRoundCutoff = ScoringPolicy.DefaultSecondRoundCutoff,
    bool ReleaseFeedbackAutomatically = false,
    int? ReleaseFeedbackAfterMinutes = null,
    int? RetentionDays = null,
    string? Jurisdiction = null,
    InterviewWindowPolicy? InterviewWindow = null)
{
    /// <summary>When a candidate may take the interview; <see cref="InterviewWindowPolicy.Default"/> when the job does not say.</summary>
    public InterviewWindowPolicy Window => InterviewWindow ?? InterviewWindowPolicy.Default;

    /// <summary>The rules of the job's place (<see cref="JurisdictionPack"/>): cues off, consent and notice, deletion deadline.</summary>
    public JurisdictionPack Pack => JurisdictionPack.For(Jurisdiction);

    /// <summary>How long a candidate's recording and personal data are kept when the job does not say: the privacy notice's 180 days.</summary>
    public const int DefaultRetentionDays = 180;

    /// <summary>The longest retention a job may set: three years.</summary>
    public const int MaxRetentionDays = 3 * 365;

    /// <summary>Days after the candidate's last step in this job that their recording and personal data are purged.</summary>
    public int EffectiveRetentionDays => RetentionDays ?? DefaultRetentionDays;

    public const double DefaultPriorityHireCutoff = 80;
    public const double DefaultSecondRoundCutoff = 60;

    /// <summary>The longest automatic-release delay a policy may set: one week.</summary>
    public const int MaxReleaseFeedbackAfterMinutes = 7 * 24 * 60;

    /// <summary>When the candidate's feedback of a report ready at <paramref name="reportReadyAt"/> is released
    /// without HR, or null when only HR releases it.</summary>
    public DateTimeOffset? FeedbackReleaseAt(DateTimeOffset reportReadyAt) =>
        ReleaseFeedbackAutomatically ? reportReadyAt.AddMinutes(ReleaseFeedbackAfterMinutes ?? 0) : null;
}
