using System.Net;
using System.Net.Sockets;

namespace BankHire.Integrations;

/// <summary>
/// Decides whether a webhook may go to a host: a host in the allow-list (exact name or address, or "*.domain") always may;
/// any other must resolve only to addresses <see cref="WebhookAddressRules"/> accepts. The subscription endpoint asks at
/// creation; the sender's connection asks again for every connection it opens and connects only to the addresses it
/// checked, so a DNS answer that changed since (or changes between check and connect) cannot reach an internal address.
/// </summary>
public sealed class WebhookAddressGuard(IEnumerable<string> allowedHosts, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    public const string AllowListSetting = WebhookOptions.Section + ":AllowedHosts";

    private readonly string[] _allowed = [.. allowedHosts.Select(Normalise).Where(h => h.Length > 0)];
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    public bool IsAllowListed(string host)
    {
        var name = Normalise(host);
        return _allowed.Any(a => a == name || (a.StartsWith("*.", StringComparison.Ordinal) && name.EndsWith(a[1..], StringComparison.Ordinal)));
    }

    /// <summary>The addresses to connect to; throws <see cref="WebhookAddressRefusedException"/> saying why when the host may not be reached.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellation)
    {
        var name = Normalise(host);
        IPAddress[] addresses;
        if (IPAddress.TryParse(name, out var literal)) addresses = [literal];
        else
        {
            try
            {
                addresses = await _resolve(name, cancellation);
            }
            catch (SocketException e)
            {
                throw new WebhookAddressRefusedException(host, $"The host '{host}' does not resolve ({e.SocketErrorCode}).", unresolved: true);
            }
            if (addresses.Length == 0) throw new WebhookAddressRefusedException(host, $"The host '{host}' does not resolve.", unresolved: true);
        }
        if (IsAllowListed(name)) return addresses;
        foreach (var address in addresses)
        {
            if (WebhookAddressRules.Refusal(address) is { } reason)
            {
                var resolved = literal is null ? $"resolves to {address}, {reason}" : $"is {reason}";
                throw new WebhookAddressRefusedException(host,
                    $"The host '{host}' {resolved}: webhooks may not reach internal addresses unless the host is in {AllowListSetting}.");
            }
        }
        return addresses;
    }

    private static string Normalise(string host) => host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
