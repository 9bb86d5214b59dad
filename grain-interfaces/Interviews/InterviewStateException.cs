namespace BankHire.Interviews;

/// <summary>The interview is not in a state that allows the request (finished, expired, never created).</summary>
[GenerateSerializer, Alias("bankhire.InterviewStateException")]
public sealed class InterviewStateException(string message) : Exception(message);
