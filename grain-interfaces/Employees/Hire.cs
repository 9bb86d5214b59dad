namespace BankHire.Employees;

/// <summary>Everything already known when a candidate is hired, so nobody types it again.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Hire")]
public sealed record Hire(EmployeeRecord Record, HireScores? Scores, string Actor);
