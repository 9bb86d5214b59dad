namespace BankHire.Employees;

/// <summary>A hire as an employee: where they work and since when; links back to the candidate for validity reports.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.EmployeeRecord")]
public sealed record EmployeeRecord(Guid? CandidateId, string FullName, string JobId, string BranchCode, string Position, DateOnly StartDate);
