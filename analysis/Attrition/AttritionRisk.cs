using System.Globalization;

namespace BankHire.Analysis.Attrition;

/// <summary>
/// A simple, explained attrition-risk score (0–100) for HR to look behind, not a prediction to act on alone: points for
/// rising absence and lateness (the last two months against the months before), a falling or low performance score,
/// more leave than before, and the first year of tenure, when most leavers leave. Every point comes with its reason.
/// With fewer than three months of attendance there is no score ("not enough data").
/// </summary>
public static class AttritionRisk
{
    public const int MinimumMonths = 3;

    public sealed record Result(double? Score, string Level, IReadOnlyList<AttritionFactor> Factors);

    public static Result Assess(AttritionSignals signals)
    {
        var months = signals.Months.Where(m => m.Workdays > 0).ToList();
        if (months.Count < MinimumMonths) return new Result(null, "not enough data", []);
        var recent = months.TakeLast(2).ToList();
        var before = months.SkipLast(2).ToList();
        var factors = new List<AttritionFactor>();

        var absenceRise = Rate(recent, m => m.Absent) - Rate(before, m => m.Absent);
        if (absenceRise > 0.02)
            factors.Add(new("absence-rising", Math.Min(30, Math.Round(300 * absenceRise)),
                $"近两个月缺勤率上升 {Pct(absenceRise)}", $"absence up {Pct(absenceRise)} in the last two months"));
        var lateRise = Rate(recent, m => m.Late + m.EarlyLeave) - Rate(before, m => m.Late + m.EarlyLeave);
        if (lateRise > 0.03)
            factors.Add(new("lateness-rising", Math.Min(20, Math.Round(200 * lateRise)),
                $"近两个月迟到/早退率上升 {Pct(lateRise)}", $"late arrivals and early leaving up {Pct(lateRise)} in the last two months"));
        var leaveRecent = recent.Average(m => m.LeaveDays);
        var leaveBefore = before.Average(m => m.LeaveDays);
        if (leaveRecent >= 2 && leaveRecent > 2 * leaveBefore)
            factors.Add(new("leave-rising", 10, $"近两个月月均请假 {leaveRecent:0.#} 天，此前 {leaveBefore:0.#} 天",
                $"{leaveRecent:0.#} days of leave a month lately, {leaveBefore:0.#} before"));

        if (signals.ReviewScores.Count >= 2 && signals.ReviewScores[^2] - signals.ReviewScores[^1] is var drop and > 5)
            factors.Add(new("performance-falling", Math.Min(25, Math.Round(drop)), $"绩效分下降 {drop:0.#} 分", $"performance score down {drop:0.#} points"));
        if (signals.ReviewScores.Count >= 1 && signals.ReviewScores[^1] < 60)
            factors.Add(new("performance-low", 15, $"最近一次绩效 {signals.ReviewScores[^1]:0.#} 分，低于 60", $"latest performance score {signals.ReviewScores[^1]:0.#}, below 60"));
        if (signals.TenureMonths is >= 3 and <= 12)
            factors.Add(new("first-year", 10, $"入职第 {signals.TenureMonths} 个月（首年离职最多）", $"month {signals.TenureMonths} of the first year, when most leavers leave"));

        var score = Math.Min(100, factors.Sum(f => f.Points));
        return new Result(score, score >= 60 ? "high" : score >= 30 ? "medium" : "low", factors);
    }

    private static double Rate(IReadOnlyList<AttritionSignals.Month> months, Func<AttritionSignals.Month, int> count)
    {
        var workdays = months.Sum(m => m.Workdays);
        return workdays == 0 ? 0 : months.Sum(count) / (double)workdays;
    }

    private static string Pct(double value) => (100 * value).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
