using BankHire.Identity;
using BankHire.Indexes;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Users;

public static class UserEndpoints
{
    /// <summary>A new HR user; the password policy (length, breached list, user name inside) is Identity's, run on create.</summary>
    public sealed record NewUser(string UserName, string Password, IReadOnlyList<string> Roles, string? Email = null) : IValidatedRequest
    {
        public void Validate()
        {
            Require.Text(UserName, "userName", 100);
            Require.Text(Password, "password");
            Require.Email(Email, "email");
            CheckRoles(Roles);
        }
    }

    /// <summary>At least one role, each a known one.</summary>
    internal static void CheckRoles(IReadOnlyList<string>? roles)
    {
        if (roles is not { Count: > 0 }) throw ApiProblemException.Invalid("roles", "Give the user at least one role.");
        foreach (var role in roles)
        {
            if (role is null || !HrRoles.All.Contains(role))
                throw ApiProblemException.Invalid("roles", $"Unknown role '{role}'. Roles: {string.Join(", ", HrRoles.All)}.");
        }
    }

    /// <summary>An HR user; <c>Disabled</c>: unable to sign in (an admin's choice, <see cref="UserChangeEndpoints"/>).</summary>
    public sealed record UserView(string UserName, string? Email, IReadOnlyList<string> Roles, bool Disabled = false);

    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(AuthPolicies.Admin);
        group.MapGet("/", ListAsync).WithSummary("HR users and their roles.");
        group.MapPost("/", CreateAsync).WithSummary("Creates an HR user with roles (HrAdmin, Recruiter, Interviewer, Auditor).");
        group.MapUserChanges();
    }

    private static async Task<IEnumerable<UserView>> ListAsync(IGrainFactory grains)
    {
        var names = await grains.GetGrain<IIndexGrain>(IndexKeys.HrUsers).ListAsync();
        var users = await Task.WhenAll(names.Select(n => grains.GetGrain<IHrUserGrain>(n).GetAsync().AsTask()));
        return users.OfType<HrUserRecord>().Select(u => new UserView(u.UserName, u.Email, u.Roles, UserChangeEndpoints.IsDisabled(u.LockoutEnd)));
    }

    private static async Task<Created<UserView>> CreateAsync(NewUser request, UserManager<HrUser> users)
    {
        var user = new HrUser { UserName = request.UserName.Trim(), Email = Require.Email(request.Email, "email"), Roles = [.. request.Roles.Distinct()] };
        var result = await users.CreateAsync(user, request.Password.Trim());
        if (!result.Succeeded)
        {
            var conflict = result.Errors.Any(e => e.Code == "DuplicateUserName");
            throw new ApiProblemException(conflict ? 409 : 400, "User not created", string.Join(" ", result.Errors.Select(e => e.Description)), conflict ? "userName" : "password");
        }
        return TypedResults.Created($"/api/users/{user.UserName}", new UserView(user.UserName, user.Email, user.Roles));
    }
}
