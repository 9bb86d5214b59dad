using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BankHire.Notifications.Channels;

/// <summary>
/// SMS and WeChat template messages through the bank's HTTP gateway: a JSON POST signed with HMAC-SHA256 over
/// "{timestamp}.{body}" (headers X-BankHire-Timestamp and X-BankHire-Signature: sha256=hex). A 2xx answer is accepted.
/// </summary>
public sealed class GatewayChannel(InvitationChannel kind, NotificationOptions options, HttpClient http) : IInvitationChannel
{
    public const string SignatureHeader = "X-BankHire-Signature";
    public const string TimestampHeader = "X-BankHire-Timestamp";

    public InvitationChannel Kind => kind;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellation)
    {
        var gateway = options.Gateway;
        if (string.IsNullOrWhiteSpace(gateway.Url) || string.IsNullOrEmpty(gateway.Secret))
            throw new InvalidOperationException($"The {kind} gateway is not configured (BankHire:Notifications:Gateway:Url and :Secret).");
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            id = message.DeliveryId,
            channel = kind == InvitationChannel.Sms ? "sms" : "wechat",
            to = message.Recipient,
            template = message.Kind.ToString().ToLowerInvariant(),
            language = message.Language,
            text = message.ShortText,
            link = message.Link,
            variables = message.Variables,
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(gateway.Secret, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(gateway.TimeoutSeconds));
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            var reason = await response.Content.ReadAsStringAsync(timeout.Token);
            throw new HttpRequestException($"The gateway answered {(int)response.StatusCode} {response.ReasonPhrase}: {Truncate(reason, 200)}", null, response.StatusCode);
        }
    }

    /// <summary>Lower-case hex HMAC-SHA256 of "{timestamp}.{body}" with the shared secret (what the gateway verifies).</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
