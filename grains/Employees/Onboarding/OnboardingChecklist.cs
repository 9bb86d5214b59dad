using System.Collections.Immutable;

namespace BankHire.Employees.Onboarding;

/// <summary>
/// The onboarding checklist and when its reminders fall due: documents a week before the first day, the contract
/// three days before, induction training within two weeks after; each item is reminded once, a day before it is due.
/// </summary>
public static class OnboardingChecklist
{
    public const string Documents = "documents";
    public const string Contract = "contract";
    public const string Training = "training";

    public static readonly TimeSpan RemindBefore = TimeSpan.FromDays(1);

    private static readonly (string Key, string Zh, string En, int DaysFromStart)[] Items =
    [
        (Documents, "提交入职材料", "Hand in documents", -7),
        (Contract, "签订劳动合同", "Sign the contract", -3),
        (Training, "完成入职培训", "Complete induction training", 14),
    ];

    public static ImmutableArray<OnboardingTask> For(DateOnly startDate) =>
        [.. Items.Select(i => new OnboardingTask(i.Key, i.Zh, i.En, startDate.AddDays(i.DaysFromStart), null, null, null))];

    /// <summary>The same items, due relative to a new start date (a moved first day moves the checklist).</summary>
    public static ImmutableArray<OnboardingTask> Moved(ImmutableArray<OnboardingTask> tasks, DateOnly startDate) =>
        [.. tasks.Select(t => Items.FirstOrDefault(i => i.Key == t.Key) is { Key: not null } item
            ? t with { DueOn = startDate.AddDays(item.DaysFromStart) }
            : t)];

    public static bool IsKnown(string key) => Items.Any(i => i.Key == key);

    /// <summary>When the reminder for <paramref name="task"/> is due (the start of the day before, in the bank's zone).</summary>
    public static DateTimeOffset ReminderAt(OnboardingTask task, TimeZoneInfo zone)
    {
        var dueStart = task.DueOn.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(dueStart, zone.GetUtcOffset(dueStart)) - RemindBefore;
    }

    /// <summary>Open items whose reminder is due by <paramref name="now"/> and was not sent.</summary>
    public static IEnumerable<OnboardingTask> DueForReminder(IEnumerable<OnboardingTask> tasks, DateTimeOffset now, TimeZoneInfo zone) =>
        tasks.Where(t => t.DoneAt is null && t.RemindedAt is null && ReminderAt(t, zone) <= now);

    /// <summary>The earliest reminder still to send, or null.</summary>
    public static DateTimeOffset? NextReminder(IEnumerable<OnboardingTask> tasks, TimeZoneInfo zone) =>
        tasks.Where(t => t.DoneAt is null && t.RemindedAt is null).Select(t => (DateTimeOffset?)ReminderAt(t, zone)).Min();
}
