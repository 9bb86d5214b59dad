namespace BankHire.Employees;

/// <summary>
/// A hire as an employee: where they work, in what position, under whom and since when; links back to the candidate
/// (whose contact details the messages use) for validity reports. <paramref name="LeftOn"/> is the last day of a leaver.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.EmployeeRecord")]
public sealed record EmployeeRecord(
    Guid? CandidateId,
    string FullName,
    string JobId,
    string BranchCode,
    string Position,
    DateOnly StartDate,
    string? Manager = null,
    string? Email = null,
    string? Phone = null,
    string Language = "zh-CN",
    DateOnly? LeftOn = null);
