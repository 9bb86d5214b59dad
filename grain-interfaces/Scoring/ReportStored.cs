namespace BankHire.Scoring;

/// <summary>Published by the interview's scoring once its report is stored: the session marks it ready and lets the
/// recording go when the candidate did not consent to keeping it.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ReportStored")]
public sealed record ReportStored(Guid InterviewId, DateTimeOffset ScoredAt);
