using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>An employee's month: counts per status and every day.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.MonthSummary")]
public sealed record MonthSummary(
    Guid EmployeeId,
    int Year,
    int Month,
    int Workdays,
    int Present,
    int Late,
    int EarlyLeave,
    int Absent,
    int LeaveDays,
    int Excused,
    int Flagged,
    ImmutableArray<DaySummary> Days);
