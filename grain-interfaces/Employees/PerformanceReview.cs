using System.Collections.Immutable;

namespace BankHire.Employees;

/// <summary>
/// A period's performance score (0–100), e.g. "2027-H1"; with <paramref name="Kpis"/> the score is worked out from them
/// (<c>KpiScoring</c>), entered or imported from Excel.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.PerformanceReview")]
public sealed record PerformanceReview(string Period, double Score, string Reviewer, DateTimeOffset At, ImmutableArray<Kpi>? Kpis = null);
