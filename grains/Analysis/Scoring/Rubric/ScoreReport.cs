namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The result of scoring one interview against one version of a job's rubric: every indicator's value, target
/// and contribution, competency scores, the overall score and recommendation, and the versions of the rubric and
/// analysers that produced it. Pure data with no clock or culture in it, so the same inputs give the same bytes
/// (see <see cref="ScoreReportJson"/>).
/// </summary>
/// <param name="OverallScore">0–100, or null when nothing could be scored.</param>
public sealed record ScoreReport(
    string JobCode,
    int RubricVersion,
    double? OverallScore,
    Recommendation Recommendation,
    double PriorityHireCutoff,
    double SecondRoundCutoff,
    bool FacialIndicatorsAllowed,
    ScoringContext Consents,
    IReadOnlyList<CompetencyScore> Competencies,
    IReadOnlyList<AnalyserVersionUsed> AnalyserVersions,
    IReadOnlyList<ScoringNote> Notes);

/// <summary>The analyser version behind a feature value that was scored.</summary>
public sealed record AnalyserVersionUsed(string Feature, string AnalyserVersion);
