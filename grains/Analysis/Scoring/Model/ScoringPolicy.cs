namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// Per-job policy. When <see cref="FacialIndicatorsAllowed"/> is false (e.g. an EU jurisdiction), facial
/// indicators are dropped and their weight redistributed, and explanations say so.
/// Overall score ≥ <see cref="PriorityHireCutoff"/> → 优先录用; ≥ <see cref="SecondRoundCutoff"/> → 建议复试; else 淘汰.
/// The cut-offs may be left out of a model document, which then gets the defaults; whether faces may be used
/// never has a default, because that is a legal decision for each job.
/// </summary>
public sealed record ScoringPolicy(
    bool FacialIndicatorsAllowed,
    double PriorityHireCutoff = ScoringPolicy.DefaultPriorityHireCutoff,
    double SecondRoundCutoff = ScoringPolicy.DefaultSecondRoundCutoff,
    bool ReleaseFeedbackAutomatically = false)
{
    public const double DefaultPriorityHireCutoff = 80;
    public const double DefaultSecondRoundCutoff = 60;
}
