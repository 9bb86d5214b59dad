namespace BankHire.Notifications.Templates;

/// <summary>
/// The variables a template may use, written {name}: every kind has the candidate's, the job's, the bank's, the link
/// and the times; a hire's messages add their own ({startDate}; {task} and {dueDate} for a checklist reminder), which an
/// invitation cannot fill and so may not use.
/// </summary>
public static class TemplateVariables
{
    public const string CandidateName = "candidateName";
    public const string JobTitle = "jobTitle";
    public const string BankName = "bankName";
    public const string Link = "link";
    public const string ExpiresAt = "expiresAt";
    public const string Slot = "slot";
    public const string StartDate = "startDate";
    public const string Task = "task";
    public const string DueDate = "dueDate";

    private static readonly string[] Common = [CandidateName, JobTitle, BankName, Link, ExpiresAt, Slot];

    public static IReadOnlyList<string> For(MessageKind kind) => kind switch
    {
        MessageKind.Welcome => [.. Common, StartDate],
        MessageKind.OnboardingReminder => [.. Common, StartDate, Task, DueDate],
        _ => Common,
    };
}
