namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// Per-job policy. When <see cref="FacialIndicatorsAllowed"/> is false (e.g. an EU jurisdiction), facial
/// indicators are dropped and their weight redistributed, and explanations say so.
/// Overall score ≥ <see cref="PriorityHireCutoff"/> → 优先录用; ≥ <see cref="SecondRoundCutoff"/> → 建议复试; else 淘汰.
/// </summary>
public sealed record ScoringPolicy(
    bool FacialIndicatorsAllowed,
    double PriorityHireCutoff,
    double SecondRoundCutoff,
    bool ReleaseFeedbackAutomatically = false);
