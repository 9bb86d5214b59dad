using System.Collections.Immutable;
using BankHire.Attendance;
using BankHire.Employees;

using BankHire.Web.Problems;

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

/// <summary>An appeal (申诉) of a day; whether the day can be appealed is the attendance grain's rule.</summary>
public sealed record AppealRequest(DateOnly Day, string Reason) : IValidatedRequest
{
    public void Validate() => Require.Text(Reason, "reason", 500);
}

/// <summary>A leave request; overlaps and order of the dates are the attendance grain's rules.</summary>
public sealed record LeaveRequestInput(LeaveKind Kind, DateOnly From, DateOnly To, string Reason) : IValidatedRequest
{
    public void Validate()
    {
        if (!Enum.IsDefined(Kind)) throw ApiProblemException.Invalid("kind", "'kind' must be Annual, Sick, Personal or Other.");
        Require.Text(Reason, "reason", 500);
    }
}

public sealed record DecisionInput(bool Approve, string? Note) : IValidatedRequest
{
    public void Validate() => Require.OptionalText(Note, "note", 500);
}
