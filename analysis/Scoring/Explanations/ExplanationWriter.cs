using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>
/// Writes a <see cref="ScoreReport"/> out in Chinese or English, for HR ("微笑比例 0.75，目标 ≥ 0.80，得 6.2/10 分")
/// or for the candidate ("您的微笑比例为 75%，岗位要求不低于 80%"). Deterministic: the same report gives the same text.
/// </summary>
public static class ExplanationWriter
{
    public static Explanation ForHr(ScoreReport report, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return HrExplanation.Write(report, new Localised(language));
    }

    public static Explanation ForCandidate(ScoreReport report, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CandidateExplanation.Write(report, new Localised(language));
    }
}
