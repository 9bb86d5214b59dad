using BankHire.Hosting;
using BankHire.Hosting.Security;

namespace BankHire.Web.Invitations;

/// <summary>
/// The HMAC key for invitation tokens: BankHire:Security:InvitationKey (base64, ≥ 32 bytes) — required in a
/// cluster so every web node agrees — or, embedded, a random key kept in the data folder.
/// </summary>
public sealed class InvitationSigningKey(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes.Length >= 32 ? bytes : throw new ArgumentException("The invitation key must be at least 32 bytes.");

    public static InvitationSigningKey Load(IConfiguration configuration, BankHireOptions options) =>
        new(SecretKey.Load(configuration, options.ResolvedStorage(), "BankHire:Security:InvitationKey", "invitation.key"));
}
