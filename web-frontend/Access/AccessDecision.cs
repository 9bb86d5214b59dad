namespace BankHire.Web.Access;

/// <summary>What the gate decided for one request: who asked, which kinds of personal data they see on this route, the
/// fields withheld from them, and whose data it is. Kept on the request for the audit entry and for routes that render
/// data themselves (the PDF report).</summary>
public sealed record AccessDecision(RouteAccess Route, Requester Requester, PersonalData Granted, IReadOnlyList<FieldRule> Withheld, string? Subject)
{
    public static AccessDecision? Of(HttpContext http) => http.Features.Get<AccessDecision>();

    /// <summary>The kinds of personal data the current request may see (all, for a request the gate did not decide).</summary>
    public static PersonalData GrantedTo(HttpContext http) => Of(http)?.Granted ?? (PersonalData)~0;
}
