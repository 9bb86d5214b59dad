namespace BankHire.Candidates;

/// <summary>The AI interview's result on the candidate's profile; the full report is kept by the interview scoring grain.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.InterviewReportSummary")]
public sealed record InterviewReportSummary(Guid InterviewId, int RubricVersion, double? OverallScore, string Recommendation, DateTimeOffset ScoredAt);
