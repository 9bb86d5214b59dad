using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace BankHire.Tests.Support;

/// <summary>
/// A real SMTP server on loopback speaking just enough of RFC 5321 for MailKit (EHLO/HELO, MAIL, RCPT, DATA,
/// RSET, NOOP, QUIT; no TLS, no AUTH). Keeps every message it accepts; can be told to refuse the next ones.
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _refusals;
    private volatile string? _refusedRecipient;

    public SmtpReceiver()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public sealed record ReceivedMail(string MailFrom, IReadOnlyList<string> Recipients, MimeMessage Message);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    /// <summary>
    /// The next <paramref name="count"/> messages (to <paramref name="recipient"/> only, when given, so mail other grains
    /// send meanwhile on the shared server neither uses up the refusals nor is refused) get a 451 after DATA.
    /// </summary>
    public void RefuseNext(int count, string? recipient = null)
    {
        _refusedRecipient = recipient;
        Interlocked.Exchange(ref _refusals, count);
    }

    public IEnumerable<ReceivedMail> To(string address) => Messages.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase));

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        string? from = null;
        var recipients = new List<string>();
        try
        {
            await writer.WriteLineAsync("220 localhost BankHire test SMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n");
                        break;
                    case "HELO" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        from = null; recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "MAIL":
                        from = Address(line); recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = await ReadDataAsync(reader);
                        var targeted = _refusedRecipient is not { } only || recipients.Contains(only, StringComparer.OrdinalIgnoreCase);
                        if (targeted && Interlocked.Decrement(ref _refusals) >= 0)
                        {
                            await writer.WriteLineAsync("451 4.3.0 Mailbox temporarily unavailable (test refusal)");
                        }
                        else
                        {
                            if (targeted) Interlocked.Exchange(ref _refusals, 0);
                            Messages.Enqueue(new ReceivedMail(from ?? "", [.. recipients], MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data)))));
                            await writer.WriteLineAsync("250 OK queued");
                        }
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested) { }
        catch (IOException) { }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
            data.Append(line.StartsWith("..") ? line[1..] : line).Append("\r\n");
        return data.ToString();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>', start + 1);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
