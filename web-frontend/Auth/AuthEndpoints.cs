using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Auth;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string UserName, string Password);

    public sealed record Me(string UserName, IReadOnlyList<string> Roles);

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Signs an HR user in with a cookie.");
        group.MapPost("/logout", async (SignInManager<HrUser> signIn) => { await signIn.SignOutAsync(); return Results.NoContent(); })
            .RequireAuthorization(AuthPolicies.AnyHr);
        group.MapGet("/me", (HttpContext http) => new Me(
                http.User.Identity!.Name!,
                [.. http.User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)]))
            .RequireAuthorization(AuthPolicies.AnyHr);
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, SignInManager<HrUser> signIn)
    {
        var userName = Require.Text(request.UserName, "userName", 100);
        var password = Require.Text(request.Password, "password", 200);
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded) return Results.NoContent();
        var detail = result.IsLockedOut ? "Too many failed attempts; the account is locked for a while." : "Wrong user name or password.";
        return Results.Problem(statusCode: 401, title: "Sign-in failed", detail: detail);
    }
}
