using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Auth;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string UserName, string Password) : IValidatedRequest
    {
        public void Validate()
        {
            Require.Text(UserName, "userName", 100);
            Require.Text(Password, "password", 200);
        }
    }

    public sealed record Me(string UserName, IReadOnlyList<string> Roles);

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Signs an HR user in with a cookie.");
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Signs out and revokes the user's sessions server-side (a copied cookie stops working too).");
        group.MapGet("/me", WhoAmI).RequireAuthorization(AuthPolicies.AnyHr);
    }

    private static Me WhoAmI(HttpContext http) => new(
        http.User.Identity!.Name!,
        [.. http.User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)]);

    private static async Task<Results<NoContent, ProblemHttpResult>> LoginAsync(LoginRequest request, SignInManager<HrUser> signIn, LoginThrottle throttle, HttpContext http)
    {
        var (userName, password) = (request.UserName.Trim(), request.Password.Trim());
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsThrottled(client, userName))
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Sign-in paused",
                detail: $"Too many failed sign-ins from this client; try again in {LoginThrottle.Window.TotalMinutes:0} minutes.");
        // No account lockout: it would let anyone lock anyone out. Failures slow down the client that makes them.
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: true, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(client, userName);
            return TypedResults.NoContent();
        }
        throttle.Failed(client, userName);
        return TypedResults.Problem(statusCode: 401, title: "Sign-in failed", detail: "Wrong user name or password.");
    }

    /// <summary>A new security stamp ends every cookie issued to the user (stamps are checked on every request).</summary>
    private static async Task<NoContent> LogoutAsync(SignInManager<HrUser> signIn, UserManager<HrUser> users, HttpContext http)
    {
        if (await users.GetUserAsync(http.User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
