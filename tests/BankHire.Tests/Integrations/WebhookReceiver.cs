using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using BankHire.Tests.Support;

namespace BankHire.Tests.Integrations;

/// <summary>
/// An integration client's webhook endpoint on loopback: records every request (BankHire headers and body) and answers
/// 200, or 503 while <see cref="Refuse"/> says so for that request.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public WebhookReceiver()
    {
        var port = FreePorts.Take(1)[0];
        Url = $"http://127.0.0.1:{port}/hooks/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = ServeAsync();
    }

    public sealed record Received(string Event, string Delivery, string Timestamp, string Signature, byte[] Body, int AnsweredStatus)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    public string Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Decides per request (before it is recorded) whether to answer 503.</summary>
    public Func<byte[], bool> Refuse { get; set; } = _ => false;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var status = Refuse(body.ToArray()) ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK;
            var headers = context.Request.Headers;
            Requests.Enqueue(new Received(headers["X-BankHire-Event"] ?? "", headers["X-BankHire-Delivery"] ?? "",
                headers["X-BankHire-Timestamp"] ?? "", headers["X-BankHire-Signature"] ?? "", body.ToArray(), (int)status));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try { await _serving; } catch (ObjectDisposedException) { }
        _listener.Close();
    }
}
