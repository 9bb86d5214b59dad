using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace BankHire.Web.Invitations;

/// <summary>
/// Signed, expiring invitation tokens: a candidate reaches only the interview named in their token, and
/// only until it expires. Format: base64url(interviewId ‖ expiry unix seconds) "." base64url(HMAC-SHA256).
/// </summary>
public sealed class InvitationTokenService(InvitationSigningKey key, TimeProvider clock)
{
    private const int PayloadLength = 16 + 8;

    public string Create(Guid interviewId, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadLength];
        interviewId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expiresAt.ToUnixTimeSeconds());
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Sign(payload))}";
    }

    public InvitationTokenCheck Validate(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return InvitationTokenCheck.Fail("No invitation token was given.");
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot == token.Length - 1) return InvitationTokenCheck.Fail("The invitation token is malformed.");
        byte[] payload, signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(token[..dot]);
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return InvitationTokenCheck.Fail("The invitation token is malformed.");
        }
        if (payload.Length != PayloadLength || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
            return InvitationTokenCheck.Fail("The invitation token is not valid.");
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)));
        if (clock.GetUtcNow() > expiresAt) return InvitationTokenCheck.Fail($"The invitation expired at {expiresAt:u}.");
        return InvitationTokenCheck.Ok(new Guid(payload.AsSpan(0, 16)), expiresAt);
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key.Bytes, payload);
}

public sealed record InvitationTokenCheck(bool IsValid, Guid InterviewId, DateTimeOffset ExpiresAt, string? Failure)
{
    public static InvitationTokenCheck Ok(Guid interviewId, DateTimeOffset expiresAt) => new(true, interviewId, expiresAt, null);

    public static InvitationTokenCheck Fail(string reason) => new(false, Guid.Empty, default, reason);
}
