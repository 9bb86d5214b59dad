using BankHire.Identity;
using BankHire.Indexes;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Users;

public static class UserEndpoints
{
    public sealed record NewUser(string UserName, string Password, IReadOnlyList<string> Roles, string? Email = null);

    public sealed record UserView(string UserName, string? Email, IReadOnlyList<string> Roles);

    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(AuthPolicies.Admin);
        group.MapGet("/", ListAsync).WithSummary("HR users and their roles.");
        group.MapPost("/", CreateAsync).WithSummary("Creates an HR user with roles (HrAdmin, Recruiter, Interviewer, Auditor).");
    }

    private static async Task<IEnumerable<UserView>> ListAsync(IGrainFactory grains)
    {
        var names = await grains.GetGrain<IIndexGrain>(IndexKeys.HrUsers).ListAsync();
        var users = await Task.WhenAll(names.Select(n => grains.GetGrain<IHrUserGrain>(n).GetAsync().AsTask()));
        return users.OfType<HrUserRecord>().Select(u => new UserView(u.UserName, u.Email, u.Roles));
    }

    private static async Task<IResult> CreateAsync(NewUser request, UserManager<HrUser> users)
    {
        var roles = request.Roles ?? [];
        if (roles.Count == 0) throw ApiProblemException.Invalid("roles", "Give the user at least one role.");
        foreach (var role in roles)
        {
            if (!HrRoles.All.Contains(role))
                throw ApiProblemException.Invalid("roles", $"Unknown role '{role}'. Roles: {string.Join(", ", HrRoles.All)}.");
        }
        var user = new HrUser { UserName = Require.Text(request.UserName, "userName", 100), Email = Require.Email(request.Email, "email"), Roles = [.. roles.Distinct()] };
        var result = await users.CreateAsync(user, Require.Text(request.Password, "password"));
        if (!result.Succeeded)
        {
            var conflict = result.Errors.Any(e => e.Code == "DuplicateUserName");
            throw new ApiProblemException(conflict ? 409 : 400, "User not created", string.Join(" ", result.Errors.Select(e => e.Description)), conflict ? "userName" : "password");
        }
        return Results.Created($"/api/users/{user.UserName}", new UserView(user.UserName, user.Email, user.Roles));
    }
}
