using System.Collections.Immutable;

namespace BankHire.Identity;

/// <summary>An HR user as ASP.NET Core Identity needs it. The user name is the id.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.HrUserRecord")]
public sealed record HrUserRecord(
    string UserName,
    string NormalizedUserName,
    string? Email,
    string? PasswordHash,
    string SecurityStamp,
    string ConcurrencyStamp,
    ImmutableArray<string> Roles,
    int AccessFailedCount,
    DateTimeOffset? LockoutEnd);
