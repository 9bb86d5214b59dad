namespace BankHire.Employees;

/// <summary>One key performance indicator of a period: target, actual and its weight among the period's KPIs.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Kpi")]
public sealed record Kpi(string Name, double Target, double Actual, double Weight);
