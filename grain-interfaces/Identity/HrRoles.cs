namespace BankHire.Identity;

/// <summary>The roles of HR users. Every HR endpoint requires at least one of them.</summary>
public static class HrRoles
{
    public const string Admin = "HrAdmin";
    public const string Recruiter = "Recruiter";
    public const string Interviewer = "Interviewer";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All = [Admin, Recruiter, Interviewer, Auditor];
}
