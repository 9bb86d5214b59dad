namespace BankHire.Attendance;

/// <summary>A check-in, appeal or leave request the rules refuse, naming the field; <paramref name="Conflict"/> for a clash with what is stored.</summary>
[GenerateSerializer, Alias("bankhire.AttendanceException")]
public sealed class AttendanceException(string message, string field, bool conflict = false) : Exception(message)
{
    [Id(0)] public string Field { get; } = field;
    [Id(1)] public bool Conflict { get; } = conflict;
}
