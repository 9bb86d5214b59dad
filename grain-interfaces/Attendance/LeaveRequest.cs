namespace BankHire.Attendance;

/// <summary>A leave request over whole days (inclusive) and the manager's decision.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.LeaveRequest")]
public sealed record LeaveRequest(
    Guid Id,
    LeaveKind Kind,
    DateOnly From,
    DateOnly To,
    string Reason,
    DateTimeOffset At,
    AppealStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Note);
