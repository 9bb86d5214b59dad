using System.Net.Sockets;

namespace BankHire.Integrations;

/// <summary>The HTTP client webhooks are sent with: every connection it opens is checked by the address guard.</summary>
public static class WebhookHttp
{
    public static HttpClient CreateClient(WebhookAddressGuard guard) => new(new SocketsHttpHandler
    {
        // Recycled so receivers' DNS changes are picked up (each new connection is checked again).
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // A receiver's redirect must not lead the request somewhere else; 3xx is a failed delivery.
        AllowAutoRedirect = false,
        // Direct connections only: through a proxy the guard would judge the proxy's address, not the receiver's.
        UseProxy = false,
        ConnectCallback = async (context, cancellation) =>
        {
            var addresses = await guard.ResolveAsync(context.DnsEndPoint.Host, cancellation);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // To the addresses just checked, never to a second lookup that could answer differently.
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    });
}
