using System.Collections.Immutable;
using BankHire.Attendance;
using BankHire.Employees;

namespace BankHire.Web.Attendance;

/// <summary>What the employee page shows: who, where (the branch's geofence for the page's hint), today, recent check-ins.</summary>
public sealed record EmployeeHome(
    Guid EmployeeId,
    string FullName,
    string Position,
    string? Manager,
    DateOnly StartDate,
    string BranchCode,
    string? BranchNameZh,
    string? BranchNameEn,
    IReadOnlyList<GeofenceLocation> Geofence,
    ShiftPattern Shift,
    DaySummary? Today,
    ImmutableArray<CheckInView> Recent,
    ImmutableArray<OnboardingTask> Onboarding,
    ImmutableArray<LeaveRequest> Leave,
    ImmutableArray<AttendanceAppeal> Appeals);

/// <summary>A check-in as answered to the page and to HR.</summary>
public sealed record CheckInView(
    Guid Id,
    CheckInKind Kind,
    CheckInMethod Method,
    CheckInOutcome Outcome,
    ImmutableArray<string> Reasons,
    DateTimeOffset DeviceTime,
    DateTimeOffset ReceivedAt,
    DateTimeOffset EffectiveAt,
    double ClockSkewSeconds,
    double? DistanceMeters,
    double? AccuracyMeters,
    string BranchCode,
    bool Queued,
    string? ConfirmedBy,
    bool Replayed)
{
    public static CheckInView From(CheckIn c, bool replayed = false) => new(
        c.Submission.Id, c.Submission.Kind, c.Submission.Method, c.Outcome, c.Reasons, c.Submission.DeviceTime, c.ReceivedAt, c.EffectiveAt,
        c.ClockSkewSeconds, c.DistanceMeters, c.Submission.AccuracyMeters, c.BranchCode, c.Submission.Queued, c.ConfirmedBy, replayed);
}

public sealed record AppealRequest(DateOnly Day, string Reason);

public sealed record LeaveRequestInput(LeaveKind Kind, DateOnly From, DateOnly To, string Reason);

public sealed record DecisionInput(bool Approve, string? Note);
