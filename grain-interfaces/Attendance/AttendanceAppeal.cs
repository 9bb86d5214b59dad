namespace BankHire.Attendance;

/// <summary>An employee's explanation of a day (申诉: late, early, absent, a refused check-in) and the manager's decision.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AttendanceAppeal")]
public sealed record AttendanceAppeal(
    Guid Id,
    DateOnly Day,
    string Reason,
    DateTimeOffset At,
    AppealStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Note);
