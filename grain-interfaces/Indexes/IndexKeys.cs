namespace BankHire.Indexes;

public static class IndexKeys
{
    public const string Jobs = "jobs";
    public const string Employees = "employees";
    public const string HrUsers = "hr-users";

    public static string CandidatesOfJob(string jobId) => $"candidates-of/{jobId}";
}
