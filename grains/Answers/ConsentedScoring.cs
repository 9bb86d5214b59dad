using BankHire.Analysis.Scoring.Rubric;
using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>The analysis library's name for the analyses a consent allows (it knows no Orleans types).</summary>
public static class ConsentedScoring
{
    public static ScoringContext ToScoringContext(this ConsentedAnalyses analyses) => new(analyses.Face, analyses.Voice, analyses.Content);
}
