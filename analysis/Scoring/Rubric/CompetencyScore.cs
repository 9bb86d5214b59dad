namespace BankHire.Analysis.Scoring.Rubric;

public enum CompetencyStatus
{
    Scored,
    /// <summary>None of its indicators could be scored; its weight went to the other competencies.</summary>
    Excluded,
    /// <summary>It rests on what the candidate said, and that could not be measured: no score, and no verdict for the
    /// interview until a person has reviewed it (see <see cref="ScoreReport.HumanReview"/>).</summary>
    NotScorable,
}

/// <summary>
/// One competency's result: <see cref="Score"/> 0–100 against <see cref="PassThreshold"/>, and its
/// contribution <see cref="Points"/> out of <see cref="MaxPoints"/> to the overall score.
/// </summary>
public sealed record CompetencyScore(
    string Key,
    string NameZh,
    string NameEn,
    double ConfiguredWeight,
    double EffectiveWeight,
    CompetencyStatus Status,
    double? Score,
    double PassThreshold,
    bool? Passed,
    double MaxPoints,
    double? Points,
    IReadOnlyList<IndicatorScore> Indicators);
