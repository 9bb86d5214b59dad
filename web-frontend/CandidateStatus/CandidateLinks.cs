namespace BankHire.Web.CandidateStatus;

/// <summary>
/// The candidate's pages, each opened with the invitation token in the fragment (never sent to a server log):
/// the status page is where messages point (book, start, results); it links on to the interview. Links start with
/// the configured public address (<c>BankHire:PublicBaseUrl</c>, else the first of the server's <c>Urls</c>), never
/// with the request's Host header, which the caller chooses.
/// </summary>
public sealed class CandidateLinks
{
    public CandidateLinks(IConfiguration configuration)
    {
        var configured = configuration["BankHire:PublicBaseUrl"];
        var fallback = configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var text = string.IsNullOrWhiteSpace(configured) ? fallback ?? "http://localhost:5000" : configured;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"BankHire:PublicBaseUrl must be an absolute http(s) URL, not '{text}'.");
        BaseUrl = uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/');
    }

    /// <summary>Scheme, host, port and path prefix, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public string Status(string token) => $"{BaseUrl}/status.html#token={token}";

    public string Interview(string token) => $"{BaseUrl}/interview.html#token={token}";
}
