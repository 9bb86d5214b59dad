using System.Buffers.Binary;
using System.Security.Cryptography;
using BankHire.Interviews;
using Microsoft.AspNetCore.WebUtilities;

namespace BankHire.Web.Invitations;

/// <summary>
/// Signed, expiring invitation tokens: a candidate reaches only the interview named in their token, and
/// only until it expires, and only while it is the interview's token in force (issuing a new one or revoking
/// ends the old). Format: base64url(interviewId ‖ expiry unix seconds ‖ token id) "." base64url(HMAC-SHA256);
/// tokens issued before token ids (no id) are read too and are valid only until the interview's first new token.
/// </summary>
public sealed class InvitationTokenService(InvitationSigningKey key, TimeProvider clock)
{
    private const int LegacyPayloadLength = 16 + 8;
    private const int PayloadLength = LegacyPayloadLength + 16;

    /// <summary>Records a new token id on the interview (revoking its earlier tokens) and signs a token carrying it.</summary>
    public async Task<string> IssueAsync(IGrainFactory grains, Guid interviewId, DateTimeOffset expiresAt) =>
        Create(interviewId, expiresAt, await grains.GetGrain<IInterviewSessionGrain>(interviewId).IssueTokenAsync());

    /// <summary>Signs a token; without <paramref name="tokenId"/> it is a legacy token.</summary>
    public string Create(Guid interviewId, DateTimeOffset expiresAt, Guid? tokenId = null)
    {
        var payload = new byte[tokenId is null ? LegacyPayloadLength : PayloadLength];
        interviewId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expiresAt.ToUnixTimeSeconds());
        tokenId?.TryWriteBytes(payload.AsSpan(LegacyPayloadLength));
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Sign(payload))}";
    }

    /// <summary>Signature and expiry (<see cref="Validate"/>), then whether the interview still holds this token in force.</summary>
    public async Task<InvitationTokenCheck> ValidateAsync(IGrainFactory grains, string? token)
    {
        var check = Validate(token);
        if (!check.IsValid) return check;
        return await grains.GetGrain<IInterviewSessionGrain>(check.InterviewId).AcceptsTokenAsync(check.TokenId)
            ? check
            : InvitationTokenCheck.Fail(Replaced);
    }

    public const string Replaced = "This invitation link was replaced by a newer one or withdrawn; use the latest link you received.";

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
        if (payload.Length is not (PayloadLength or LegacyPayloadLength) || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
            return InvitationTokenCheck.Fail("The invitation token is not valid.");
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)));
        if (clock.GetUtcNow() > expiresAt) return InvitationTokenCheck.Fail($"The invitation expired at {expiresAt:u}.");
        Guid? tokenId = payload.Length == PayloadLength ? new Guid(payload.AsSpan(LegacyPayloadLength)) : null;
        return InvitationTokenCheck.Ok(new Guid(payload.AsSpan(0, 16)), expiresAt, tokenId);
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key.Bytes, payload);
}

public sealed record InvitationTokenCheck(bool IsValid, Guid InterviewId, DateTimeOffset ExpiresAt, Guid? TokenId, string? Failure)
{
    public static InvitationTokenCheck Ok(Guid interviewId, DateTimeOffset expiresAt, Guid? tokenId) => new(true, interviewId, expiresAt, tokenId, null);

    public static InvitationTokenCheck Fail(string reason) => new(false, Guid.Empty, default, null, reason);
}
