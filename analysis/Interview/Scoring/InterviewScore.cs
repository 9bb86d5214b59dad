using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Interview;

/// <summary>
/// A scored interview: its answers' features, the interview-level features the rubric read, the report, and the
/// stored document (report + HR and candidate explanations in zh and en) as the bytes to keep.
/// </summary>
public sealed record InterviewScore(
    IReadOnlyList<AnswerAnalysis> Answers,
    IReadOnlyList<FeatureValue> Features,
    ScoreReport Report,
    ScoreReportDocument Document,
    string Json);
