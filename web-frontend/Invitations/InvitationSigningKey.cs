using BankHire.Hosting;
using BankHire.Hosting.Storage;

namespace BankHire.Web.Invitations;

/// <summary>
/// The HMAC key for invitation tokens: BankHire:Security:InvitationKey (base64, ≥ 32 bytes) — required in a
/// cluster so every web node agrees — or, embedded, a random key kept in the data folder.
/// </summary>
public sealed class InvitationSigningKey(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes.Length >= 32 ? bytes : throw new ArgumentException("The invitation key must be at least 32 bytes.");

    public static InvitationSigningKey Load(IConfiguration configuration, BankHireOptions options)
    {
        if (configuration["BankHire:Security:InvitationKey"] is { Length: > 0 } configured)
            return new InvitationSigningKey(Convert.FromBase64String(configured));
        if (options.Storage.Provider != StorageProvider.Sqlite)
            throw new InvalidOperationException("Set BankHire:Security:InvitationKey (base64, at least 32 bytes) so all nodes of the cluster share it.");
        var path = Path.Combine(options.DataDirectory, "keys", "invitation.key");
        if (File.Exists(path)) return new InvitationSigningKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new InvitationSigningKey(key);
    }
}
