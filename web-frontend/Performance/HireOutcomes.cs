using BankHire.Analysis.Attrition;
using BankHire.Analysis.Validity;
using BankHire.Attendance;
using BankHire.Employees;

namespace BankHire.Web.Performance;

/// <summary>What became of a hire, read from the employee and attendance grains: for the validity study and the attrition score.</summary>
public static class HireOutcomes
{
    public static async Task<IReadOnlyList<AttritionSignals.Month>> MonthsAsync(IGrainFactory grains, EmployeeSnapshot employee, DateOnly today)
    {
        var attendance = grains.GetGrain<IAttendanceGrain>(employee.Id);
        var months = new List<AttritionSignals.Month>();
        var last = employee.Record.LeftOn is { } left && left < today ? left : today;
        for (var m = new DateOnly(employee.Record.StartDate.Year, employee.Record.StartDate.Month, 1); m <= last; m = m.AddMonths(1))
        {
            var s = await attendance.MonthAsync(m.Year, m.Month);
            months.Add(new AttritionSignals.Month(s.Workdays, s.Absent, s.Late, s.EarlyLeave, s.LeaveDays));
        }
        return months;
    }

    public static HireOutcome? ForValidity(EmployeeSnapshot employee, IReadOnlyList<AttritionSignals.Month> months, DateOnly today)
    {
        if (employee.AtHire is not { } scores) return null;
        var predictors = new Dictionary<string, double>(scores.Competencies);
        if (scores.InterviewOverall is { } interview) predictors["interview"] = interview;
        if (scores.ScreeningScore is { } screening) predictors["screening"] = screening;
        var outcomes = new Dictionary<string, double>();
        if (employee.Reviews.Length > 0) outcomes["performance"] = employee.Reviews.Average(r => r.Score);
        var workdays = months.Sum(m => m.Workdays);
        if (workdays >= 20) outcomes["attendance"] = 1 - months.Sum(m => m.Absent + m.Late + m.EarlyLeave) / (double)workdays;
        foreach (var k in new[] { 3, 6, 12 })
        {
            var at = employee.Record.StartDate.AddMonths(k);
            if (at <= today) outcomes[$"retention-{k}m"] = employee.Record.LeftOn is { } left && left < at ? 0 : 1;
        }
        return new HireOutcome(predictors, outcomes);
    }

    public static AttritionSignals Signals(EmployeeSnapshot employee, IReadOnlyList<AttritionSignals.Month> months, DateOnly today) => new(
        Math.Max(0, (today.Year - employee.Record.StartDate.Year) * 12 + today.Month - employee.Record.StartDate.Month),
        months, [.. employee.Reviews.OrderBy(r => r.Period, StringComparer.Ordinal).Select(r => r.Score)]);
}
