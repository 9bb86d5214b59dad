namespace BankHire.Web.Access;

/// <summary>What the gate decided for one request: who asked, which kinds of personal data they see on this route, the
/// fields withheld from them, and whose data it is. Kept on the request for the audit entry and for routes that render
/// data themselves (the PDF report).</summary>
public sealed record AccessDecision(RouteAccess Route, Requester Requester, PersonalData Granted, IReadOnlyList<FieldRule> Withheld, string? Subject)
{
    /// <summary>
    /// The caller is here only as an interviewer: a list route answers with the people they are assigned to
    /// (<see cref="InterviewerAssignments"/>), a person's route was already refused unless assigned.
    /// </summary>
    public bool AssignedOnly { get; init; }

    /// <summary>Whether this request may show <paramref name="candidateId"/> in a list.</summary>
    public static async Task<bool> ListsAsync(HttpContext http, IGrainFactory grains, Guid candidateId) =>
        Of(http) is not { AssignedOnly: true } decision
        || await InterviewerAssignments.IsAssignedAsync(grains, candidateId, decision.Requester.Name);

    public static AccessDecision? Of(HttpContext http) => http.Features.Get<AccessDecision>();

    /// <summary>The kinds of personal data the current request may see (all, for a request the gate did not decide).</summary>
    public static PersonalData GrantedTo(HttpContext http) => Of(http)?.Granted ?? (PersonalData)~0;
}
