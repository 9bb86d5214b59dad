namespace BankHire.Employees;

[GenerateSerializer, Alias("bankhire.EmployeeState")]
public sealed class EmployeeState
{
    [Id(0)] public EmployeeSnapshot? Employee { get; set; }

    /// <summary>SHA-256 of the current sign-in secret.</summary>
    [Id(1)] public string? SignInHash { get; set; }

    /// <summary>The sign-in link the welcome carries, until the welcome is sent (then dropped: only the hash stays).</summary>
    [Id(2)] public string? PendingWelcomeLink { get; set; }
}
