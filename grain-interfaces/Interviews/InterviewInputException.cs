namespace BankHire.Interviews;

/// <summary>A request to the interview carries a bad value (unknown question, negative count…); names the field.</summary>
[GenerateSerializer, Alias("bankhire.InterviewInputException")]
public sealed class InterviewInputException(string message, string field) : Exception(message)
{
    [Id(0)] public string Field { get; } = field;
}
