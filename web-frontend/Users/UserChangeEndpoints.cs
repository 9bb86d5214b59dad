using BankHire.Identity;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using static BankHire.Web.Users.UserEndpoints;

namespace BankHire.Web.Users;

/// <summary>
/// An admin changes a user's roles or disables them (refused sign-in; the security stamp changes so open sessions end at
/// their next check). Admins cannot take their own admin role or disable themselves, so the bank is never left without one.
/// </summary>
public static class UserChangeEndpoints
{
    public static void MapUserChanges(this RouteGroupBuilder users)
    {
        users.MapPut("/{userName}/roles", ChangeRolesAsync).WithName("ChangeUserRoles").WithSummary("Replaces the user's roles.");
        users.MapPut("/{userName}/access", ChangeAccessAsync).WithName("ChangeUserAccess").WithSummary("Disables or enables the user's sign-in.");
    }

    public sealed record UserRolesChange(IReadOnlyList<string> Roles) : IValidatedRequest
    {
        public void Validate() => CheckRoles(Roles);
    }

    public sealed record UserAccessChange(bool Disabled) : IValidatedRequest
    {
        public void Validate() { }
    }

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd == DateTimeOffset.MaxValue;

    private static async Task<Ok<UserView>> ChangeRolesAsync(string userName, UserRolesChange request, UserManager<HrUser> users, HttpContext http)
    {
        var user = await ExistingAsync(users, userName);
        if (IsSelf(http, user) && !request.Roles.Contains(HrRoles.Admin))
            throw new ApiProblemException(409, "User rule", "You cannot take your own admin role; another admin can.", "roles");
        user.Roles = [.. request.Roles.Distinct()];
        await SaveAsync(users, user);
        return TypedResults.Ok(View(user));
    }

    private static async Task<Ok<UserView>> ChangeAccessAsync(string userName, UserAccessChange request, UserManager<HrUser> users, HttpContext http)
    {
        var user = await ExistingAsync(users, userName);
        if (IsSelf(http, user) && request.Disabled)
            throw new ApiProblemException(409, "User rule", "You cannot disable yourself; another admin can.", "disabled");
        user.LockoutEnd = request.Disabled ? DateTimeOffset.MaxValue : null;
        await SaveAsync(users, user);
        return TypedResults.Ok(View(user));
    }

    private static async Task<HrUser> ExistingAsync(UserManager<HrUser> users, string userName) =>
        await users.FindByNameAsync(userName) ?? throw ApiProblemException.NotFound($"User '{userName}'", "userName");

    private static bool IsSelf(HttpContext http, HrUser user) =>
        string.Equals(http.User.Identity?.Name, user.UserName, StringComparison.OrdinalIgnoreCase);

    private static async Task SaveAsync(UserManager<HrUser> users, HrUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) throw new ApiProblemException(409, "User not changed", string.Join(" ", result.Errors.Select(e => e.Description)), "userName");
    }

    private static UserView View(HrUser user) => new(user.UserName, user.Email, user.Roles, IsDisabled(user.LockoutEnd));
}
