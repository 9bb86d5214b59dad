using System.Security.Cryptography;
using System.Text;
using System.Buffers.Text;

namespace BankHire.Employees.Onboarding;

/// <summary>
/// The employee page's sign-in code: "{employee id}.{secret}", the secret 128 random bits. Only its SHA-256 is
/// stored; the code itself travels once, in the welcome message (or to HR when reissued).
/// </summary>
public static class SignInCodes
{
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string Code(Guid employeeId, string secret) => $"{employeeId:N}.{secret}";

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string? storedHash, string secret) =>
        storedHash is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(secret)));

    /// <summary>Splits a code into the employee id and the secret; false when it is not shaped like one.</summary>
    public static bool TryParse(string? code, out Guid employeeId, out string secret)
    {
        employeeId = Guid.Empty;
        secret = "";
        var dot = code?.IndexOf('.') ?? -1;
        if (code is null || dot != 32 || code.Length > 80 || !Guid.TryParseExact(code[..dot], "N", out employeeId)) return false;
        secret = code[(dot + 1)..];
        return secret.Length >= 16;
    }

    public static string Link(string baseUrl, string code) => $"{PageLink(baseUrl)}#code={code}";

    /// <summary>The employee page without a code (a browser that signed in before remembers it).</summary>
    public static string PageLink(string baseUrl) => $"{baseUrl.TrimEnd('/')}/employee.html";
}
