using System.Net;
using System.Net.Sockets;

namespace BankHire.Integrations;

/// <summary>
/// Which IP addresses a webhook may not reach (server-side request forgery): loopback, private networks, link-local,
/// cloud metadata services and the other ranges that are never a bank's HR system on the internet. IPv6 forms that embed
/// an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
/// </summary>
public static class WebhookAddressRules
{
    private sealed record Range(IPAddress Network, int PrefixLength, string Reason);

    // Checked in order: the specific metadata addresses before the ranges that contain them.
    private static readonly Range[] V4 =
    [
        new(IPAddress.Parse("169.254.169.254"), 32, "a cloud metadata address"),
        new(IPAddress.Parse("100.100.100.200"), 32, "a cloud metadata address"),   // Alibaba Cloud
        new(IPAddress.Parse("168.63.129.16"), 32, "a cloud metadata address"),     // Azure host services
        new(IPAddress.Parse("0.0.0.0"), 8, "an unspecified (\"this network\") address"),
        new(IPAddress.Parse("10.0.0.0"), 8, "a private address"),
        new(IPAddress.Parse("100.64.0.0"), 10, "a shared (carrier-grade NAT) address"),
        new(IPAddress.Parse("127.0.0.0"), 8, "a loopback address"),
        new(IPAddress.Parse("169.254.0.0"), 16, "a link-local address"),
        new(IPAddress.Parse("172.16.0.0"), 12, "a private address"),
        new(IPAddress.Parse("192.0.0.0"), 24, "a reserved (IETF protocol) address"),
        new(IPAddress.Parse("192.168.0.0"), 16, "a private address"),
        new(IPAddress.Parse("198.18.0.0"), 15, "a reserved (benchmarking) address"),
        new(IPAddress.Parse("224.0.0.0"), 4, "a multicast address"),
        new(IPAddress.Parse("240.0.0.0"), 4, "a reserved or broadcast address"),
    ];

    private static readonly Range[] V6 =
    [
        new(IPAddress.Parse("fd00:ec2::254"), 128, "a cloud metadata address"),    // AWS over IPv6
        new(IPAddress.IPv6None, 128, "an unspecified address"),
        new(IPAddress.IPv6Loopback, 128, "a loopback address"),
        new(IPAddress.Parse("fc00::"), 7, "a private (unique local) address"),
        new(IPAddress.Parse("fe80::"), 10, "a link-local address"),
        new(IPAddress.Parse("fec0::"), 10, "a private (site-local) address"),
        new(IPAddress.Parse("ff00::"), 8, "a multicast address"),
    ];

    /// <summary>Why the address is refused ("a loopback address", …), or null when a webhook may reach it.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedV4(address) is { } inner) return Refusal(inner);
        var ranges = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => V4,
            AddressFamily.InterNetworkV6 => V6,
            _ => null,
        };
        if (ranges is null) return "not an IP address";
        return ranges.FirstOrDefault(r => Contains(r, address))?.Reason;
    }

    private static IPAddress? EmbeddedV4(IPAddress v6)
    {
        if (v6.IsIPv4MappedToIPv6) return v6.MapToIPv4();
        var bytes = v6.GetAddressBytes();
        // ::a.b.c.d (IPv4-compatible, deprecated) but not :: or ::1, which are IPv6's own.
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && bytes[15] <= 1))
            return new IPAddress(bytes.AsSpan(12, 4));
        // 64:ff9b::a.b.c.d (NAT64)
        if (bytes.AsSpan(0, 12).SequenceEqual(new byte[] { 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 })) return new IPAddress(bytes.AsSpan(12, 4));
        // 2002:a.b.c.d::/48 (6to4)
        if (bytes[0] == 0x20 && bytes[1] == 0x02) return new IPAddress(bytes.AsSpan(2, 4));
        return null;
    }

    private static bool Contains(Range range, IPAddress address)
    {
        var network = range.Network.GetAddressBytes();
        var candidate = address.GetAddressBytes();
        var bits = range.PrefixLength;
        for (var i = 0; bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? (byte)0xff : (byte)(0xff << (8 - bits));
            if ((network[i] & mask) != (candidate[i] & mask)) return false;
        }
        return true;
    }
}
