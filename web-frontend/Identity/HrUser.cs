using BankHire.Identity;

namespace BankHire.Web.Identity;

/// <summary>The mutable user ASP.NET Core Identity works with; persisted as an <see cref="HrUserRecord"/> in its grain.</summary>
public sealed class HrUser
{
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? Email { get; set; }
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public List<string> Roles { get; set; } = [];
    public int AccessFailedCount { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }

    public HrUserRecord ToRecord() => new(
        UserName, NormalizedUserName, Email, PasswordHash, SecurityStamp, ConcurrencyStamp, [.. Roles], AccessFailedCount, LockoutEnd);

    public static HrUser FromRecord(HrUserRecord r) => new()
    {
        UserName = r.UserName,
        NormalizedUserName = r.NormalizedUserName,
        Email = r.Email,
        PasswordHash = r.PasswordHash,
        SecurityStamp = r.SecurityStamp,
        ConcurrencyStamp = r.ConcurrencyStamp,
        Roles = [.. r.Roles],
        AccessFailedCount = r.AccessFailedCount,
        LockoutEnd = r.LockoutEnd,
    };
}
