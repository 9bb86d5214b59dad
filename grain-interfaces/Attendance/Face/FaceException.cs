namespace BankHire.Attendance;

/// <summary>A face step the rules refuse (no consent, no enrolment, an unknown or used challenge), naming the field.</summary>
[GenerateSerializer, Alias("bankhire.FaceException")]
public sealed class FaceException(string message, string field) : Exception(message)
{
    [Id(0)] public string Field { get; } = field;
}
