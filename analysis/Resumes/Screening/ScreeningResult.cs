using BankHire.Analysis.Features;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// A resume's screening against one job: a 0–100 score, whether a must-have was missing (the score is
/// then capped), the breakdown, and the resume features for the job's rubric
/// (per competency in <see cref="CompetencyEvidence"/>).
/// </summary>
public sealed record ScreeningResult(
    string JobCode,
    double Score,
    bool KnockedOut,
    bool StuffingDetected,
    IReadOnlyList<ScreeningPart> Parts,
    IReadOnlyList<FeatureValue> Features,
    IReadOnlyDictionary<string, FeatureValue> CompetencyEvidence);
