using System.Collections.Frozen;
using System.Security.Claims;
using BankHire.Identity;
using BankHire.Web.Integrations;

namespace BankHire.Web.Access;

public enum RequesterKind { Anonymous, Hr, ApiKey, Candidate, Employee }

/// <summary>Who is asking, as the access matrix and the audit trail see them: an HR user with roles, an API key with
/// scopes, a candidate holding an invitation token, an employee holding a sign-in code, or nobody.</summary>
public sealed record Requester(RequesterKind Kind, string Name, FrozenSet<string> Grants, string? ApiKeyId)
{
    public static Requester Of(HttpContext http)
    {
        var user = http.User;
        if (ApiKeyAuthentication.IsApiKey(user))
            return new(RequesterKind.ApiKey, user.Identity!.Name ?? "api-key", Claims(user, ApiKeyAuthentication.ScopeClaim), user.FindFirstValue(ClaimTypes.NameIdentifier));
        if (user.Identity is { IsAuthenticated: true })
            return new(RequesterKind.Hr, user.Identity.Name ?? "?", HrRoles.All.Where(user.IsInRole).ToFrozenSet(StringComparer.Ordinal), null);
        if (http.Request.Headers.ContainsKey(BankHire.Web.CandidatePortal.CandidatePortalEndpoints.TokenHeader))
            return new(RequesterKind.Candidate, "candidate", FrozenSet<string>.Empty, null);
        if (http.Request.Headers.ContainsKey(BankHire.Web.Attendance.EmployeeSignIn.CodeHeader))
            return new(RequesterKind.Employee, "employee", FrozenSet<string>.Empty, null);
        return new(RequesterKind.Anonymous, "anonymous", FrozenSet<string>.Empty, null);
    }

    private static FrozenSet<string> Claims(ClaimsPrincipal user, string type) =>
        user.FindAll(type).Select(c => c.Value).ToFrozenSet(StringComparer.Ordinal);

    public string KindName => Kind switch
    {
        RequesterKind.Hr => "hr",
        RequesterKind.ApiKey => "api-key",
        RequesterKind.Candidate => "candidate",
        RequesterKind.Employee => "employee",
        _ => "anonymous",
    };
}
