using System.Buffers.Text;
using System.Security.Cryptography;

namespace BankHire.Web.Integrations;

/// <summary>
/// An API key is "bhk_" + the base64url of 32 random bytes. Only the SHA-256 of those bytes (lower-case hex) is stored;
/// the key itself is shown once, when it is created.
/// </summary>
public static class ApiKeySecrets
{
    public const string KeyPrefix = "bhk_";
    private const int SecretBytes = 32;

    public static (string Key, string Hash) New()
    {
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        return (KeyPrefix + Base64Url.EncodeToString(secret), Convert.ToHexStringLower(SHA256.HashData(secret)));
    }

    /// <summary>The stored hash of a presented key; null if it is not shaped like one of ours.</summary>
    public static string? Hash(string presented)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal)) return null;
        var encoded = presented.AsSpan(KeyPrefix.Length);
        if (encoded.Length > 64) return null;
        Span<byte> secret = stackalloc byte[48];
        if (Base64Url.DecodeFromChars(encoded, secret, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != encoded.Length || written != SecretBytes)
            return null;
        return Convert.ToHexStringLower(SHA256.HashData(secret[..written]));
    }

    /// <summary>What a person sees to tell keys apart: the prefix and the first few characters.</summary>
    public static string Display(string key) => key[..Math.Min(key.Length, KeyPrefix.Length + 6)];
}
