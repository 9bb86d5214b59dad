using System.Net;
using System.Net.Sockets;

namespace BankHire.Analysis.Tests.Speech;

/// <summary>What the double answers to one request: a status and body, after an optional stall, with an optional Retry-After.</summary>
public sealed record WhisperReply(int Status, string Body, TimeSpan Delay = default, string? RetryAfter = null);

/// <summary>
/// A stand-in for the bank's speech service on a local port (HttpListener): it records each request
/// and answers with a response recorded from a Whisper-compatible server — or, scripted per request
/// number, fails, stalls, answers garbage or asks the caller to slow down.
/// </summary>
public sealed class WhisperServerDouble : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly Func<int, WhisperReply> reply;

    public WhisperServerDouble(int status, string body) : this(_ => new WhisperReply(status, body))
    {
    }

    /// <param name="reply">The answer to request n (0, 1, 2 …).</param>
    public WhisperServerDouble(Func<int, WhisperReply> reply)
    {
        this.reply = reply;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        listener.Prefixes.Add(BaseAddress.ToString());
        listener.Start();
        serving = Task.Run(ServeAsync);
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

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            using var content = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(content);
            int index;
            lock (Requests)
            {
                index = Requests.Count;
                Requests.Add(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Headers["Authorization"], context.Request.ContentType ?? "", content.ToArray(), context.Request.Headers["X-Api-Key"]));
            }
            _ = AnswerAsync(context, reply(index)); // a stalled answer must not hold up the next request
        }
    }

    private static async Task AnswerAsync(HttpListenerContext context, WhisperReply answer)
    {
        try
        {
            if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            if (answer.RetryAfter is { } retryAfter) context.Response.Headers["Retry-After"] = retryAfter;
            var bytes = System.Text.Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The caller gave up (a timeout test) or the double was disposed.
        }
    }
}

public sealed record RecordedRequest(string Method, string Path, string? Authorization, string ContentType, byte[] Body, string? ApiKeyHeader = null)
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
