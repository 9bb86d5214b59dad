using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BankHire.Attendance;

/// <summary>
/// The branch's check-in code, TOTP-like (RFC 6238 shape): HMAC-SHA256 of the branch and the 30-second window number
/// under the branch's secret, truncated to 6 digits. A code is accepted in its own window and the one after (a slow scan).
/// </summary>
public static class RotatingBranchCode
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static long Window(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    public static DateTimeOffset WindowEnd(long window) => DateTimeOffset.FromUnixTimeSeconds((window + 1) * (long)Step.TotalSeconds);

    public static string Code(byte[] secret, string branch, long window)
    {
        var message = new byte[8 + Encoding.UTF8.GetByteCount(branch)];
        BinaryPrimitives.WriteInt64BigEndian(message, window);
        Encoding.UTF8.GetBytes(branch, message.AsSpan(8));
        var mac = HMACSHA256.HashData(secret, message);
        var offset = mac[^1] & 0x0f;
        var value = BinaryPrimitives.ReadInt32BigEndian(mac.AsSpan(offset, 4)) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6");
    }

    public static bool Verify(byte[] secret, string branch, string code, DateTimeOffset at)
    {
        var window = Window(at);
        var given = Encoding.ASCII.GetBytes(code);
        return new[] { window, window - 1 }.Any(w => CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(Code(secret, branch, w))));
    }
}
