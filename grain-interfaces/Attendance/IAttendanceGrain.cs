using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>One employee's attendance: check-ins, shift, appeals (申诉) and leave, and the days and months they add up to. Keyed by employee id.</summary>
[Alias("bankhire.IAttendanceGrain")]
public interface IAttendanceGrain : IGrainWithGuidKey
{
    /// <summary>Assesses and stores a check-in; a resend of a stored id returns it (Replayed), different content under that id throws.</summary>
    [Alias("Record")] ValueTask<CheckInResult> RecordAsync(CheckInSubmission submission);

    /// <summary>A supervisor confirms a pending check-in (the non-face, no-signal method).</summary>
    [Alias("Confirm")] ValueTask<CheckIn> ConfirmAsync(Guid checkInId, string supervisor);

    [Alias("CheckIns")] ValueTask<ImmutableArray<CheckIn>> CheckInsAsync(DateOnly from, DateOnly to);

    [Alias("GetShift")] ValueTask<ShiftPattern> GetShiftAsync();

    [Alias("SetShift")] ValueTask<ShiftPattern> SetShiftAsync(ShiftPattern shift);

    [Alias("Appeal")] ValueTask<AttendanceAppeal> AppealAsync(DateOnly day, string reason);

    [Alias("DecideAppeal")] ValueTask<AttendanceAppeal> DecideAppealAsync(Guid appealId, bool approve, string actor, string? note);

    [Alias("Appeals")] ValueTask<ImmutableArray<AttendanceAppeal>> AppealsAsync();

    [Alias("RequestLeave")] ValueTask<LeaveRequest> RequestLeaveAsync(LeaveKind kind, DateOnly from, DateOnly to, string reason);

    [Alias("DecideLeave")] ValueTask<LeaveRequest> DecideLeaveAsync(Guid leaveId, bool approve, string actor, string? note);

    [Alias("Leave")] ValueTask<ImmutableArray<LeaveRequest>> LeaveAsync();

    /// <summary>The month under the rules (days after today are Upcoming).</summary>
    [Alias("Month")] ValueTask<MonthSummary> MonthAsync(int year, int month);

    /// <summary>Today (in the bank's zone) under the rules; null before the first day of work or after the last.</summary>
    [Alias("Today")] ValueTask<DaySummary?> TodayAsync();

    /// <summary>Stores past check-ins as they are (the demo's history, an import from a time clock); ids already stored are skipped.</summary>
    [Alias("Import")] ValueTask<int> ImportAsync(ImmutableArray<CheckIn> history);
}
