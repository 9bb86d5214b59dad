namespace BankHire.Indexes;

public static class IndexKeys
{
    public const string Jobs = "jobs";
    public const string Employees = "employees";
    public const string HrUsers = "hr-users";

    public static string CandidatesOfJob(string jobId) => $"candidates-of/{jobId}";

    /// <summary>The candidates whose second round names this interviewer (user names compare without case).</summary>
    public static string AssignmentsOf(string interviewer) => $"assignments-of/{interviewer.ToLowerInvariant()}";

    /// <summary>Candidates who asked for their data to be deleted (HR sees the requests and their deadlines).</summary>
    public const string DeletionRequests = "privacy/deletion-requests";
}
