namespace BankHire.Notifications.Templates;

/// <summary>The variables a template may use, written {name}.</summary>
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

    public static readonly IReadOnlyList<string> All = [CandidateName, JobTitle, BankName, Link, ExpiresAt, Slot, StartDate, Task, DueDate];
}
