using BankHire.Employees;
using BankHire.Employees.Onboarding;
using BankHire.Web.Problems;

namespace BankHire.Web.Attendance;

/// <summary>
/// The employee page's authorisation: header X-Employee-Code carries the sign-in code from the welcome link
/// ("{employee id}.{secret}"); the employee grain checks the secret. A leaver's code stops working.
/// </summary>
public static class EmployeeSignIn
{
    public const string CodeHeader = "X-Employee-Code";

    public static async Task<EmployeeSnapshot> AuthorisedAsync(HttpContext http, IGrainFactory grains)
    {
        var code = http.Request.Headers[CodeHeader].ToString();
        if (!SignInCodes.TryParse(code, out var id, out var secret))
            throw new ApiProblemException(401, "Sign-in code not accepted", "No valid sign-in code was given: open the link in your welcome message again.", CodeHeader);
        var grain = grains.GetGrain<IEmployeeGrain>(id);
        if (!await grain.VerifySignInAsync(secret))
            throw new ApiProblemException(401, "Sign-in code not accepted", "This sign-in code is not valid any more: ask HR for a new one.", CodeHeader);
        return (await grain.GetAsync())!;
    }
}
