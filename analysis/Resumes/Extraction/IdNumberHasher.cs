using System.Security.Cryptography;
using System.Text;

namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>
/// A national ID number as a keyed hash: HMAC-SHA256, under a secret the bank keeps, of the number's SHA-256.
/// The same person gives the same value, so duplicates are found; without the key the value cannot be reversed
/// (an unkeyed hash of an 18-character ID whose birth date and check digit are guessable falls in seconds).
/// Hashing the SHA-256 rather than the number lets values stored before keying be re-keyed without the numbers.
/// </summary>
public sealed class IdNumberHasher
{
    public const string KeyedPrefix = "k1:";
    private readonly byte[] key;

    public IdNumberHasher(byte[] key)
    {
        if (key.Length < 32) throw new ArgumentException("The ID-number hashing key must be at least 32 bytes.", nameof(key));
        this.key = key.ToArray();
    }

    /// <summary>The keyed value of an ID number as written (case and surrounding spaces ignored).</summary>
    public string Hash(string idNumber) =>
        Keyed(SHA256.HashData(Encoding.ASCII.GetBytes(idNumber.Trim().ToUpperInvariant())));

    /// <summary>A stored value in keyed form: keyed values unchanged, a legacy unkeyed SHA-256 (64 hex digits) keyed now.</summary>
    public string? Rekey(string? stored) =>
        stored is null || stored.StartsWith(KeyedPrefix, StringComparison.Ordinal) ? stored
        : stored.Length == 64 && Convert.FromHexString(stored) is { } digest ? Keyed(digest)
        : stored;

    private string Keyed(byte[] digest) => KeyedPrefix + Convert.ToHexStringLower(HMACSHA256.HashData(key, digest));
}
