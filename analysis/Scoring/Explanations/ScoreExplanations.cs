using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>The four explanations of one report: for HR and for the candidate, in Chinese and in English.</summary>
public sealed record ScoreExplanations(Explanation HrZh, Explanation HrEn, Explanation CandidateZh, Explanation CandidateEn)
{
    public static ScoreExplanations For(ScoreReport report) => new(
        ExplanationWriter.ForHr(report, ExplanationLanguage.Zh),
        ExplanationWriter.ForHr(report, ExplanationLanguage.En),
        ExplanationWriter.ForCandidate(report, ExplanationLanguage.Zh),
        ExplanationWriter.ForCandidate(report, ExplanationLanguage.En));
}
