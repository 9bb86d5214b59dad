namespace BankHire.Analysis.Scoring.Rubric;

public enum CompetencyStatus
{
    Scored,
    /// <summary>None of its indicators could be scored; its weight went to the other competencies.</summary>
    Excluded,
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
