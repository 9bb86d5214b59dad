using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace BankHire.Analysis.ModelCards;

/// <summary>SHA-256 of a model file as it is on this machine (computed once per path), or null when the file is missing.</summary>
public static class ModelFileChecksum
{
    private static readonly ConcurrentDictionary<string, string?> Known = new(StringComparer.Ordinal);

    public static string? Of(string path) => Known.GetOrAdd(path, p =>
    {
        if (!File.Exists(p)) return null;
        using var stream = File.OpenRead(p);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    });
}
