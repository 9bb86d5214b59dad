namespace BankHire.Employees;

[GenerateSerializer, Alias("bankhire.EmployeeNotFoundException")]
public sealed class EmployeeNotFoundException(Guid id) : Exception($"Employee {id} does not exist.");
