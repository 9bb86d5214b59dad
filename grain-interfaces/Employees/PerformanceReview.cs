namespace BankHire.Employees;

/// <summary>A periodic performance score (0–100), e.g. "2027-H1".</summary>
[GenerateSerializer, Immutable, Alias("bankhire.PerformanceReview")]
public sealed record PerformanceReview(string Period, double Score, string Reviewer, DateTimeOffset At);
