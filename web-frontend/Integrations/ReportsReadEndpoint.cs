namespace BankHire.Web.Integrations;

/// <summary>
/// Marks the endpoints an API key with <c>reports:read</c> may call: the interview reports themselves, nothing else
/// an Interviewer could read (candidates' personal data, reviews, exports, frames).
/// </summary>
public sealed class ReportsReadEndpoint
{
    public static readonly ReportsReadEndpoint Instance = new();

    private ReportsReadEndpoint()
    {
    }
}
