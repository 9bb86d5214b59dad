namespace BankHire.Employees;

[GenerateSerializer, Alias("bankhire.EmployeeState")]
public sealed class EmployeeState
{
    [Id(0)] public EmployeeSnapshot? Employee { get; set; }
}
