namespace BankHire.Employees;

/// <summary>A request about an employee that the rules refuse (unknown checklist item, bad period…), naming the field.</summary>
[GenerateSerializer, Alias("bankhire.OnboardingException")]
public sealed class OnboardingException(string message, string field) : Exception(message)
{
    [Id(0)] public string Field { get; } = field;
}
