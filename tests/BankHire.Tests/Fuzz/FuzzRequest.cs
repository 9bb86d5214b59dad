using System.Net.Http.Headers;
using System.Text;

namespace BankHire.Tests.Fuzz;

/// <summary>One request to send: method, URL, body bytes and content type (null = none), and what it tries.</summary>
public sealed record FuzzRequest(string Method, string Url, byte[]? Body, string? ContentType, string Case)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            else message.Content.Headers.ContentType = null;
        }
        return message;
    }

    public static FuzzRequest Json(string method, string url, string json, string @case, string contentType = "application/json") =>
        new(method, url, Encoding.UTF8.GetBytes(json), contentType, @case);

    public override string ToString() =>
        $"{Method} {(Url.Length > 160 ? Url[..160] + "…" : Url)} [{Case}; {ContentType ?? "no content type"}; {Body?.Length ?? 0} bytes]";
}
