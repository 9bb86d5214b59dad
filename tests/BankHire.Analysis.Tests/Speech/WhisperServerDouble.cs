using System.Net;
using System.Net.Sockets;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>
/// A stand-in for the bank's speech service on a local port (HttpListener): it records each request
/// and answers with a response recorded from a Whisper-compatible server.
/// </summary>
internal sealed class WhisperServerDouble : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public WhisperServerDouble(int status, string body)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        listener.Prefixes.Add(BaseAddress.ToString());
        listener.Start();
        serving = Task.Run(() => ServeAsync(status, body));
    }

    public Uri BaseAddress { get; }

    public List<RecordedRequest> Requests { get; } = [];

    public void Dispose()
    {
        listener.Close();
        try { serving.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { } // closing ends the accept loop with an error
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync(int status, string body)
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            using var content = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(content);
            lock (Requests)
                Requests.Add(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Headers["Authorization"], context.Request.ContentType ?? "", content.ToArray()));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string ContentType, byte[] Body)
{
    /// <summary>The multipart form's parts by name (byte-exact: Latin-1 keeps one char per byte).</summary>
    public IReadOnlyDictionary<string, byte[]> Form()
    {
        var boundary = "--" + ContentType.Split("boundary=")[1].Trim('"');
        var text = System.Text.Encoding.Latin1.GetString(Body);
        var parts = new Dictionary<string, byte[]>();
        foreach (var part in text.Split(boundary).Skip(1).SkipLast(1))
        {
            var headerEnd = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var name = part[..headerEnd].Split("name=")[1].Split(';')[0].Split("\r\n")[0].Trim('"');
            var value = part[(headerEnd + 4)..^2]; // the part ends with CRLF before the next boundary
            parts[name] = System.Text.Encoding.Latin1.GetBytes(value);
        }
        return parts;
    }

    public string Field(string name) => System.Text.Encoding.UTF8.GetString(Form()[name]);
}
