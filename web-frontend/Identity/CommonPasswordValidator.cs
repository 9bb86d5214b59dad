using Microsoft.AspNetCore.Identity;

namespace BankHire.Web.Identity;

/// <summary>
/// Refuses a password that is, or merely decorates, one of the passwords most often seen in breaches: Openwall's
/// list shipped by Debian's <c>john-data</c> (3,546 entries; BankHire:Security:CommonPasswordList to use another,
/// one password per line, <c>#!comment</c> lines skipped). "Password1234!" is "password" with digits and a symbol
/// around it, so letters stripped of the digits and symbols at either end are compared too, ignoring case.
/// Without the list file the check is off and the log says so once at start; the length rule still applies.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<HrUser>
{
    public const string DefaultList = "/usr/share/john/password.lst";
    private const int ShortestCore = 4;

    private readonly HashSet<string> common;

    public CommonPasswordValidator(IConfiguration configuration, ILogger<CommonPasswordValidator> logger)
    {
        var path = configuration["BankHire:Security:CommonPasswordList"] is { Length: > 0 } configured ? configured : DefaultList;
        common = File.Exists(path) ? Load(path) : [];
        if (common.Count == 0)
            logger.LogWarning("No common-password list at {Path} (Debian package john-data): passwords are checked for length only", path);
    }

    public int Count => common.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<HrUser> manager, HrUser user, string? password)
    {
        if (password is null || !IsCommon(password, user.UserName)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "CommonPassword",
            Description = "This password is among the most common ones in public breaches (or one of them with digits or symbols added); choose another.",
        }));
    }

    public bool IsCommon(string password, string? userName)
    {
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim(Decoration);
        if (userName is { Length: >= ShortestCore } && lower.Contains(userName.ToLowerInvariant(), StringComparison.Ordinal)) return true;
        return common.Contains(lower) || (core.Length >= ShortestCore && common.Contains(core));
    }

    private static readonly char[] Decoration = [.. "0123456789!@#$%^&*()-_=+.,;:?~`'\"[]{}<>/\\| "];

    private static HashSet<string> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith("#!comment", StringComparison.Ordinal))
            .Select(line => line.Trim().ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
