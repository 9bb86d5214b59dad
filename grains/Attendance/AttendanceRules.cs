using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>
/// The attendance rules, in one place. For each working day from the first day of work (and until the last):
/// approved leave → Leave; no counting check-in → Absent; first In after start + grace → Late; last Out before
/// end − grace, or no Out at all on a past day (缺卡) → EarlyLeave; an approved appeal turns Absent, Late or EarlyLeave
/// into Excused. Days after today are Upcoming; other days Rest. Times are the bank's (<see cref="Zone"/>).
/// </summary>
public sealed class AttendanceRules(ShiftPattern shift, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    public DaySummary Day(DateOnly day, IEnumerable<CheckIn> checkIns, DateOnly today, bool onLeave, bool appealApproved)
    {
        var ofDay = checkIns.Where(c => DayOf(c.EffectiveAt) == day).ToList();
        var flagged = ofDay.Any(c => c.Outcome is CheckInOutcome.Flagged or CheckInOutcome.Refused);
        if (!shift.Workdays.Contains(day.DayOfWeek)) return new DaySummary(day, DayStatus.Rest, null, null, 0, 0, flagged);
        if (day > today) return new DaySummary(day, DayStatus.Upcoming, null, null, 0, 0, false);
        if (onLeave) return new DaySummary(day, DayStatus.Leave, null, null, 0, 0, flagged);

        var counting = ofDay.Where(c => c.Counts).ToList();
        var firstIn = counting.Where(c => c.Submission.Kind == CheckInKind.In).Select(c => (TimeOnly?)Local(c.EffectiveAt)).Min();
        var lastOut = counting.Where(c => c.Submission.Kind == CheckInKind.Out).Select(c => (TimeOnly?)Local(c.EffectiveAt)).Max();
        if (firstIn is null)
            return new DaySummary(day, appealApproved ? DayStatus.Excused : DayStatus.Absent, null, lastOut, 0, 0, flagged);

        var late = Minutes(firstIn.Value, shift.Start);
        var lateCounts = late > shift.GraceMinutes;
        var early = lastOut is { } o ? Minutes(shift.End, o) : day < today ? Minutes(shift.End, firstIn.Value) : 0;
        var earlyCounts = early > shift.GraceMinutes || (lastOut is null && day < today);
        var status = (lateCounts, earlyCounts) switch
        {
            (false, false) => DayStatus.Normal,
            _ when appealApproved => DayStatus.Excused,
            (true, true) => DayStatus.LateAndEarlyLeave,
            (true, false) => DayStatus.Late,
            _ => DayStatus.EarlyLeave,
        };
        return new DaySummary(day, status, firstIn, lastOut, lateCounts ? late : 0, earlyCounts ? early : 0, flagged);
    }

    /// <summary>The month from <paramref name="firstDay"/> (the first day of work) to <paramref name="lastDay"/> (a leaver's last, if any).</summary>
    public MonthSummary Month(Guid employeeId, int year, int month, IReadOnlyList<CheckIn> checkIns, IEnumerable<LeaveRequest> leave,
        IEnumerable<AttendanceAppeal> appeals, DateOnly today, DateOnly firstDay, DateOnly? lastDay)
    {
        var approvedLeave = leave.Where(l => l.Status == AppealStatus.Approved).ToList();
        var excused = appeals.Where(a => a.Status == AppealStatus.Approved).Select(a => a.Day).ToHashSet();
        var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Select(d => new DateOnly(year, month, d))
            .Where(d => d >= firstDay && (lastDay is null || d <= lastDay))
            .Select(d => Day(d, checkIns, today, approvedLeave.Any(l => l.From <= d && d <= l.To), excused.Contains(d)))
            .ToImmutableArray();
        int Count(params DayStatus[] statuses) => days.Count(d => statuses.Contains(d.Status));
        return new MonthSummary(employeeId, year, month,
            Workdays: days.Count(d => d.Status is not (DayStatus.Rest or DayStatus.Upcoming)),
            Present: Count(DayStatus.Normal, DayStatus.Late, DayStatus.EarlyLeave, DayStatus.LateAndEarlyLeave),
            Late: Count(DayStatus.Late, DayStatus.LateAndEarlyLeave),
            EarlyLeave: Count(DayStatus.EarlyLeave, DayStatus.LateAndEarlyLeave),
            Absent: Count(DayStatus.Absent),
            LeaveDays: Count(DayStatus.Leave),
            Excused: Count(DayStatus.Excused),
            Flagged: days.Count(d => d.Flagged),
            Days: days);
    }

    private TimeOnly Local(DateTimeOffset at) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    // TimeOnly subtraction wraps round midnight; compare as times of day instead.
    private static int Minutes(TimeOnly later, TimeOnly earlier) =>
        Math.Max(0, (int)Math.Round((later.ToTimeSpan() - earlier.ToTimeSpan()).TotalMinutes));
}
