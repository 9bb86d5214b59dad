using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace BankHire.Tests.Support;

/// <summary>
/// The SMS / WeChat gateway's side of the webhook, on loopback: records every request (headers and body) and
/// answers 200, or the statuses it was told to answer next.
/// </summary>
public sealed class GatewayDouble : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();
    private readonly Task _serving;

    public GatewayDouble()
    {
        var port = FreePorts.Take(1)[0];
        Url = $"http://127.0.0.1:{port}/gateway/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = ServeAsync();
    }

    public sealed record Received(string Timestamp, string Signature, byte[] Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    public string Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        foreach (var s in statuses) _answers.Enqueue(s);
    }

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
            Requests.Enqueue(new Received(
                context.Request.Headers["X-BankHire-Timestamp"] ?? "", context.Request.Headers["X-BankHire-Signature"] ?? "", body.ToArray()));
            var status = _answers.TryDequeue(out var s) ? s : HttpStatusCode.OK;
            context.Response.StatusCode = (int)status;
            var reply = status == HttpStatusCode.OK ? """{"accepted":true}"""u8.ToArray() : """{"error":"gateway busy"}"""u8.ToArray();
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(reply);
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
