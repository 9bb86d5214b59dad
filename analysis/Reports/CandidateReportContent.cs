using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Reports;

/// <summary>
/// What the candidate report PDF shows: who and for which job, the rubric and scorer versions, the overall and
/// per-competency scores with their targets and contributions, HR's explanations in both languages and the AI's
/// suggestion. Times are in the bank's zone already.
/// </summary>
public sealed record CandidateReportContent(
    string CandidateName,
    Guid CandidateId,
    string JobId,
    string JobTitleZh,
    string JobTitleEn,
    Guid InterviewId,
    DateTimeOffset ScoredAt,
    DateTimeOffset GeneratedAt,
    ScoreReport Report,
    Explanation ExplanationZh,
    Explanation ExplanationEn)
{
    /// <summary>The AI's suggestion, or null when the report asks a person to review instead.</summary>
    public Recommendation? Suggestion => Report.NeedsHumanReview ? null : Report.Recommendation;

    public static CandidateReportContent From(
        ScoreReportDocument document, string candidateName, Guid candidateId, string jobId, string jobTitleZh, string jobTitleEn,
        Guid interviewId, DateTimeOffset scoredAt, DateTimeOffset generatedAt) =>
        new(candidateName, candidateId, jobId, jobTitleZh, jobTitleEn, interviewId, scoredAt, generatedAt,
            document.Report, document.Explanations.HrZh, document.Explanations.HrEn);
}
