using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// How one indicator fared. <see cref="EffectiveWeight"/> is its share within the competency after
/// redistribution (0 when not scored); <see cref="MaxPoints"/> and <see cref="Points"/> are on the
/// overall 0–100 scale, so the points of all indicators add up to the overall score (up to rounding).
/// <see cref="Source"/> is the feature key the value came from (the competency-scoped key when one was given).
/// </summary>
public sealed record IndicatorScore(
    string Feature,
    FeatureKind Kind,
    IndicatorDirection Direction,
    double Target,
    double? UpperTarget,
    double Tolerance,
    double ConfiguredWeight,
    double EffectiveWeight,
    IndicatorStatus Status,
    IndicatorReason Reason,
    string? ReasonDetail,
    string? Source,
    double? Value,
    double? Score,
    double MaxPoints,
    double? Points,
    string? AnalyserVersion,
    bool HiddenFromCandidate);
