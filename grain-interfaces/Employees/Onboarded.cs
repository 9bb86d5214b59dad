namespace BankHire.Employees;

/// <summary>The employee after onboarding, and their sign-in code when this call created them (null on a repeat: it is shown once).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Onboarded")]
public sealed record Onboarded(EmployeeSnapshot Employee, string? SignInCode, bool Created);
