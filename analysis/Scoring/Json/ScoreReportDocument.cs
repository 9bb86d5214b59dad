using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Json;

/// <summary>
/// What is stored and sent for one scored interview: the report and its explanations, written together so the
/// text HR and the candidate read is the text that was produced with that report, whatever the wording is later.
/// </summary>
public sealed record ScoreReportDocument(ScoreReport Report, ScoreExplanations Explanations)
{
    public static ScoreReportDocument For(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ScoreReportDocument(report, ScoreExplanations.For(report));
    }
}
