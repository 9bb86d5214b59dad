using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace BankHire.Integrations;

/// <summary>
/// POSTs one event to a subscriber: the JSON body with headers X-BankHire-Event, X-BankHire-Delivery,
/// X-BankHire-Timestamp (Unix seconds) and X-BankHire-Signature: sha256=hex HMAC-SHA256 of "{timestamp}.{body}"
/// with the subscription's secret. A 2xx answer is a delivery; anything else throws.
/// </summary>
public sealed class WebhookSender(WebhookOptions options, HttpClient http, TimeProvider clock)
{
    public const string EventHeader = "X-BankHire-Event";
    public const string DeliveryHeader = "X-BankHire-Delivery";
    public const string SignatureHeader = "X-BankHire-Signature";
    public const string TimestampHeader = "X-BankHire-Timestamp";

    public WebhookOptions Options => options;

    public async Task<int> SendAsync(string url, string secret, Guid deliveryId, string eventType, byte[] body, CancellationToken cancellation)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(EventHeader, eventType);
        request.Headers.Add(DeliveryHeader, deliveryId.ToString());
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(secret, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (HttpRequestException e) when (Refusal(e) is { } refused)
        {
            // The delivery log should say why, not "an error occurred while sending the request".
            throw refused;
        }
        using var _ = response;
        if (!response.IsSuccessStatusCode)
            throw new WebhookRejectedException((int)response.StatusCode, $"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        return (int)response.StatusCode;
    }

    private static WebhookAddressRefusedException? Refusal(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is WebhookAddressRefusedException refused) return refused;
        return null;
    }

    /// <summary>Lower-case hex HMAC-SHA256 of "{timestamp}.{body}" with the subscription's secret (what receivers verify).</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}

/// <summary>The receiver answered, but not with 2xx.</summary>
public sealed class WebhookRejectedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
