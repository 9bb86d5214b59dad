using BankHire.Analysis.Features;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The result of scoring one interview against one version of a job's rubric: the feature values read (with their
/// analyser versions), every indicator's value, target and contribution, competency scores, the overall score and
/// recommendation, and the versions of the rubric and scorer that produced it. Pure data with no clock or culture
/// in it, so the same inputs give the same bytes (see <c>ScoreReportJson</c>).
/// </summary>
/// <param name="RubricId">Which rubric was used (the job's id; the job code when the caller gave none).</param>
/// <param name="OverallScore">0–100, or null when a person must review first (see <paramref name="HumanReview"/>).</param>
/// <param name="HumanReview">Why no verdict was given; empty when the recommendation follows the score. Null only in
/// reports written before scorer 1.1.</param>
/// <param name="Features">The values the rubric's indicators read, in ordinal name order. Values of analyses the
/// candidate did not consent to, or the policy forbids, are not read and so not here; neither are inputs the rubric
/// does not use. Scoring these again with the same rubric and consents gives the same report.</param>
public sealed record ScoreReport(
    string RubricId,
    int RubricVersion,
    string JobCode,
    string ScorerVersion,
    double? OverallScore,
    Recommendation Recommendation,
    double PriorityHireCutoff,
    double SecondRoundCutoff,
    bool FacialIndicatorsAllowed,
    ScoringContext Consents,
    IReadOnlyList<FeatureValue> Features,
    IReadOnlyList<CompetencyScore> Competencies,
    IReadOnlyList<AnalyserVersionUsed> AnalyserVersions,
    IReadOnlyList<ScoringNote> Notes,
    IReadOnlyList<HumanReviewReason>? HumanReview = null)
{
    public bool NeedsHumanReview => Recommendation is Recommendation.NeedsHumanReview or Recommendation.NotScorable;
}

/// <summary>The analyser version behind a feature value that was scored.</summary>
public sealed record AnalyserVersionUsed(string Feature, string AnalyserVersion);
