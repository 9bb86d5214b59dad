using BankHire.Identity;
using Microsoft.AspNetCore.Authorization;

namespace BankHire.Web.Identity;

/// <summary>Who may do what. Every HR endpoint names one of these policies.</summary>
public static class AuthPolicies
{
    public const string AnyHr = "any-hr";
    public const string Recruiting = "recruiting";
    public const string Interviewing = "interviewing";
    public const string Auditing = "auditing";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(AnyHr, p => p.RequireRole(HrRoles.All));
        options.AddPolicy(Recruiting, p => p.RequireRole(HrRoles.Admin, HrRoles.Recruiter));
        options.AddPolicy(Interviewing, p => p.RequireRole(HrRoles.Admin, HrRoles.Recruiter, HrRoles.Interviewer));
        options.AddPolicy(Auditing, p => p.RequireRole(HrRoles.Admin, HrRoles.Auditor));
        options.AddPolicy(Admin, p => p.RequireRole(HrRoles.Admin));
    }
}
