using BankHire.Attendance;

namespace BankHire.Web.Attendance;

/// <summary>One employee's month in the HR overview and the export, with what waits for a decision.</summary>
public sealed record AttendanceRow(
    Guid EmployeeId,
    string FullName,
    string BranchCode,
    string Position,
    MonthSummary Month,
    int PendingAppeals,
    int PendingLeave,
    int PendingConfirmations);
