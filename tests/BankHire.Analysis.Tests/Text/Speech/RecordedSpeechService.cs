using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BankHire.Analysis.Tests.Text.Speech;

/// <summary>
/// A real HTTP server on localhost that answers like the bank's speech service, with responses recorded
/// in the service's documented format; it keeps what it received so tests can check the request.
/// </summary>
internal sealed class RecordedSpeechService : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly Func<string, (int Status, string Body)> respond;

    public RecordedSpeechService(Func<string, (int Status, string Body)> respond)
    {
        this.respond = respond;
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1/transcribe/");
        listener.Prefixes.Add(Endpoint.ToString());
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public List<(string? ContentType, string Language, int Bytes)> Requests { get; } = [];

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var language = context.Request.QueryString["language"] ?? "";
            lock (Requests) Requests.Add((context.Request.ContentType, language, (int)body.Length));
            var (status, text) = respond(language);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            var bytes = Encoding.UTF8.GetBytes(text);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
