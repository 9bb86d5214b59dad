using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace BankHire.Tests.Support;

/// <summary>
/// A TCP forwarder in front of a real server (PostgreSQL) that a test can cut: <see cref="Cut"/> resets every open
/// connection and stops listening, so new connections are refused exactly as when the server is stopped;
/// <see cref="Restore"/> listens again on the same port. The bytes in between are the real protocol, untouched, and
/// the shared server other tests use keeps running.
/// </summary>
public sealed class TcpCutProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private TcpListener? _listener;
    private CancellationTokenSource _accepting = new();
    private volatile bool _isCut;

    private TcpCutProxy(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    public int Port { get; }

    public static TcpCutProxy Start(string targetHost, int targetPort)
    {
        var address = IPAddress.TryParse(targetHost, out var ip) ? ip : Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        var proxy = new TcpCutProxy(new IPEndPoint(address, targetPort), FreePorts.Take(1)[0]);
        proxy.Restore();
        return proxy;
    }

    public void Restore()
    {
        if (_listener is not null) return;
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _isCut = false;
        _accepting = new CancellationTokenSource();
        _ = AcceptAsync(listener, _accepting.Token);
    }

    public void Cut()
    {
        _isCut = true;
        _accepting.Cancel();
        _listener?.Stop();
        _listener = null;
        foreach (var socket in _open.Keys) Reset(socket);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(cancellation);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = ForwardAsync(client, cancellation);
        }
    }

    private async Task ForwardAsync(Socket client, CancellationToken cancellation)
    {
        var server = new Socket(_target.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            // Accepted just before the cut but registered after Cut() swept the open connections.
            if (_isCut) return;
            await server.ConnectAsync(_target, cancellation);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The server is gone or the proxy was cut: both ends are closed below.
        }
        finally
        {
            Reset(client);
            Reset(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0) return;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // One side closed or was reset.
        }
    }

    // Linger 0: the peer sees a reset, as when the server's process dies, not an orderly end of the stream.
    private void Reset(Socket socket)
    {
        if (!_open.TryRemove(socket, out _)) return;
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _accepting.Dispose();
        return ValueTask.CompletedTask;
    }
}
