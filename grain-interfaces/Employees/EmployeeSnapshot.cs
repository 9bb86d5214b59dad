using System.Collections.Immutable;

namespace BankHire.Employees;

[GenerateSerializer, Immutable, Alias("bankhire.EmployeeSnapshot")]
public sealed record EmployeeSnapshot(Guid Id, EmployeeRecord Record, ImmutableArray<PerformanceReview> Reviews, DateTimeOffset CreatedAt);
