using System.Security.Cryptography;
using BankHire.Hosting.Storage;
using Microsoft.Extensions.Configuration;

namespace BankHire.Hosting.Security;

/// <summary>
/// A 256-bit secret from configuration (base64, at least 32 bytes) — required in a cluster so every node agrees —
/// or, embedded, a random one created on first run in the data folder's <c>keys/</c> (owner-only permissions).
/// </summary>
public static class SecretKey
{
    public static byte[] Load(IConfiguration? configuration, StorageOptions storage, string setting, string fileName)
    {
        if (configuration?[setting] is { Length: > 0 } configured) return AtLeast32Bytes(Convert.FromBase64String(configured), setting);
        if (storage.Provider != StorageProvider.Sqlite)
            throw new InvalidOperationException($"Set {setting} (base64, at least 32 bytes) so all nodes of the cluster share it.");
        var path = Path.Combine(storage.DataDirectory, "keys", fileName);
        if (File.Exists(path)) return AtLeast32Bytes(Convert.FromBase64String(File.ReadAllText(path).Trim()), path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }

    private static byte[] AtLeast32Bytes(byte[] key, string source) =>
        key.Length >= 32 ? key : throw new InvalidOperationException($"{source}: a key must be at least 32 bytes.");
}
