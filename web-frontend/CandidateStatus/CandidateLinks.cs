namespace BankHire.Web.CandidateStatus;

/// <summary>
/// The candidate's pages, each opened with the invitation token in the fragment (never sent to a server log):
/// the status page is where messages point (book, start, results); it links on to the interview.
/// </summary>
public static class CandidateLinks
{
    public static string Status(HttpRequest http, string token) => $"{http.Scheme}://{http.Host}/status.html#token={token}";

    public static string Interview(HttpRequest http, string token) => $"{http.Scheme}://{http.Host}/interview.html#token={token}";
}
