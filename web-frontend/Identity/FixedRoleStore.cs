using BankHire.Identity;
using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Identity;

/// <summary>The roles are fixed by the product (<see cref="HrRoles"/>), so the role store is read-only.</summary>
internal sealed class FixedRoleStore : IRoleStore<HrRole>
{
    private static readonly IdentityResult ReadOnly = IdentityResult.Failed(new IdentityError { Code = "ReadOnly", Description = "Roles are fixed." });

    public Task<IdentityResult> CreateAsync(HrRole role, CancellationToken ct) => Task.FromResult(ReadOnly);
    public Task<IdentityResult> UpdateAsync(HrRole role, CancellationToken ct) => Task.FromResult(ReadOnly);
    public Task<IdentityResult> DeleteAsync(HrRole role, CancellationToken ct) => Task.FromResult(ReadOnly);
    public Task<string> GetRoleIdAsync(HrRole role, CancellationToken ct) => Task.FromResult(role.Name);
    public Task<string?> GetRoleNameAsync(HrRole role, CancellationToken ct) => Task.FromResult<string?>(role.Name);
    public Task SetRoleNameAsync(HrRole role, string? roleName, CancellationToken ct) => Task.CompletedTask;
    public Task<string?> GetNormalizedRoleNameAsync(HrRole role, CancellationToken ct) => Task.FromResult<string?>(role.Name.ToUpperInvariant());
    public Task SetNormalizedRoleNameAsync(HrRole role, string? normalizedName, CancellationToken ct) => Task.CompletedTask;
    public Task<HrRole?> FindByIdAsync(string roleId, CancellationToken ct) => Task.FromResult(Find(roleId));
    public Task<HrRole?> FindByNameAsync(string normalizedRoleName, CancellationToken ct) => Task.FromResult(Find(normalizedRoleName));
    public void Dispose() { }

    private static HrRole? Find(string name) =>
        HrRoles.All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase)) is { } found ? new HrRole(found) : null;
}
