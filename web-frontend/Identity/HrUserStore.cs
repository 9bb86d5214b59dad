using BankHire.Identity;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Identity;

/// <summary>ASP.NET Core Identity's user store over <see cref="IHrUserGrain"/>: users live in the cluster, like everything else.</summary>
internal sealed class HrUserStore(IGrainFactory grains) :
    IUserPasswordStore<HrUser>, IUserRoleStore<HrUser>, IUserSecurityStampStore<HrUser>, IUserLockoutStore<HrUser>, IUserEmailStore<HrUser>
{
    private static readonly IdentityError Conflict = new() { Code = "ConcurrencyFailure", Description = "The user was changed by someone else." };

    public async Task<IdentityResult> CreateAsync(HrUser user, CancellationToken ct)
    {
        var created = await Grain(user).CreateAsync(user.ToRecord());
        return created ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = $"User '{user.UserName}' already exists." });
    }

    public async Task<IdentityResult> UpdateAsync(HrUser user, CancellationToken ct)
    {
        var expected = user.ConcurrencyStamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        return await Grain(user).UpdateAsync(user.ToRecord(), expected) ? IdentityResult.Success : IdentityResult.Failed(Conflict);
    }

    public async Task<IdentityResult> DeleteAsync(HrUser user, CancellationToken ct)
    {
        await Grain(user).DeleteAsync();
        return IdentityResult.Success;
    }

    public Task<HrUser?> FindByIdAsync(string userId, CancellationToken ct) => FindByNameAsync(userId.ToUpperInvariant(), ct);

    // A blank name is no user (a blank string is not a valid grain key).
    public async Task<HrUser?> FindByNameAsync(string normalizedUserName, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(normalizedUserName) && await grains.GetGrain<IHrUserGrain>(normalizedUserName).GetAsync() is { } record
            ? HrUser.FromRecord(record) : null;

    public Task<string> GetUserIdAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.UserName);
    public Task<string?> GetUserNameAsync(HrUser user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(HrUser user, string? userName, CancellationToken ct) { user.UserName = userName ?? ""; return Task.CompletedTask; }
    public Task<string?> GetNormalizedUserNameAsync(HrUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(HrUser user, string? normalizedName, CancellationToken ct) { user.NormalizedUserName = normalizedName ?? ""; return Task.CompletedTask; }

    public Task SetPasswordHashAsync(HrUser user, string? passwordHash, CancellationToken ct) { user.PasswordHash = passwordHash; return Task.CompletedTask; }
    public Task<string?> GetPasswordHashAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task AddToRoleAsync(HrUser user, string roleName, CancellationToken ct)
    {
        var role = HrRoles.All.FirstOrDefault(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Unknown role '{roleName}'.");
        if (!user.Roles.Contains(role)) user.Roles.Add(role);
        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(HrUser user, string roleName, CancellationToken ct)
    {
        user.Roles.RemoveAll(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase));
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(HrUser user, CancellationToken ct) => Task.FromResult<IList<string>>([.. user.Roles]);
    public Task<bool> IsInRoleAsync(HrUser user, string roleName, CancellationToken ct) =>
        Task.FromResult(user.Roles.Any(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase)));
    public Task<IList<HrUser>> GetUsersInRoleAsync(string roleName, CancellationToken ct) =>
        throw new NotSupportedException("Listing users by role is done through the HR users index.");

    public Task SetSecurityStampAsync(HrUser user, string stamp, CancellationToken ct) { user.SecurityStamp = stamp; return Task.CompletedTask; }
    public Task<string?> GetSecurityStampAsync(HrUser user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(HrUser user, DateTimeOffset? lockoutEnd, CancellationToken ct) { user.LockoutEnd = lockoutEnd; return Task.CompletedTask; }
    public Task<int> IncrementAccessFailedCountAsync(HrUser user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(HrUser user, CancellationToken ct) { user.AccessFailedCount = 0; return Task.CompletedTask; }
    public Task<int> GetAccessFailedCountAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(HrUser user, CancellationToken ct) => Task.FromResult(true);
    public Task SetLockoutEnabledAsync(HrUser user, bool enabled, CancellationToken ct) => Task.CompletedTask;

    public Task SetEmailAsync(HrUser user, string? email, CancellationToken ct) { user.Email = email; return Task.CompletedTask; }
    public Task<string?> GetEmailAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.Email);
    public Task<bool> GetEmailConfirmedAsync(HrUser user, CancellationToken ct) => Task.FromResult(true);
    public Task SetEmailConfirmedAsync(HrUser user, bool confirmed, CancellationToken ct) => Task.CompletedTask;
    public Task<HrUser?> FindByEmailAsync(string normalizedEmail, CancellationToken ct) => Task.FromResult<HrUser?>(null);
    public Task<string?> GetNormalizedEmailAsync(HrUser user, CancellationToken ct) => Task.FromResult(user.Email?.ToUpperInvariant());
    public Task SetNormalizedEmailAsync(HrUser user, string? normalizedEmail, CancellationToken ct) => Task.CompletedTask;

    public void Dispose() { }

    private IHrUserGrain Grain(HrUser user) => grains.GetGrain<IHrUserGrain>(user.NormalizedUserName);
}
