using System.Net;
using BankHire.Integrations;

namespace BankHire.Tests.Integrations;

/// <summary>Which addresses a webhook may reach, and how the allow-list and name resolution decide for a host.</summary>
public sealed class WebhookAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.20.30.40", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("169.254.10.20", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("100.100.100.200", "metadata")]
    [InlineData("168.63.129.16", "metadata")]
    [InlineData("fd00:ec2::254", "metadata")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("100.64.1.1", "carrier-grade NAT")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::ffff:10.0.0.1", "private")]          // IPv4-mapped
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "metadata")]      // NAT64 of 169.254.169.254
    [InlineData("2002:c0a8:0101::1", "private")]        // 6to4 of 192.168.1.1
    [InlineData("::10.0.0.1", "private")]               // IPv4-compatible
    public void Internal_addresses_are_refused_with_the_reason(string address, string reason) =>
        Assert.Contains(reason, WebhookAddressRules.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]          // just outside 172.16.0.0/12
    [InlineData("100.128.0.1")]         // just outside 100.64.0.0/10
    [InlineData("2606:4700::6810:85e5")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.Null(WebhookAddressRules.Refusal(IPAddress.Parse(address)));

    private static Func<string, CancellationToken, Task<IPAddress[]>> Dns(params string[] addresses) =>
        (_, _) => Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());

    [Fact]
    public async Task A_name_is_refused_when_any_of_its_addresses_is_internal_and_says_which()
    {
        var guard = new WebhookAddressGuard([], Dns("93.184.215.14", "10.0.0.7"));

        var refused = await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => guard.ResolveAsync("hr.bank.example", CancellationToken.None));

        Assert.Contains("'hr.bank.example' resolves to 10.0.0.7, a private address", refused.Message);
        Assert.Contains(WebhookAddressGuard.AllowListSetting, refused.Message);
        Assert.False(refused.Unresolved);
    }

    [Fact]
    public async Task An_allow_listed_host_may_resolve_to_internal_addresses()
    {
        var guard = new WebhookAddressGuard(["hr.bank.internal", "*.corp.example", "10.9.8.7"], Dns("10.1.1.1"));

        Assert.Equal([IPAddress.Parse("10.1.1.1")], await guard.ResolveAsync("HR.bank.internal.", CancellationToken.None));
        Assert.Equal([IPAddress.Parse("10.1.1.1")], await guard.ResolveAsync("core.hr.corp.example", CancellationToken.None));
        Assert.Equal([IPAddress.Parse("10.9.8.7")], await guard.ResolveAsync("10.9.8.7", CancellationToken.None));
        await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => guard.ResolveAsync("corp.example.evil.test", CancellationToken.None));
        await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => guard.ResolveAsync("10.9.8.6", CancellationToken.None));
    }

    [Fact]
    public async Task Localhost_really_resolves_to_loopback_and_is_refused()
    {
        var refused = await Assert.ThrowsAsync<WebhookAddressRefusedException>(
            () => new WebhookAddressGuard([]).ResolveAsync("localhost", CancellationToken.None));

        Assert.Contains("loopback", refused.Message);
    }

    [Fact]
    public async Task A_name_that_resolves_to_nothing_is_refused()
    {
        var guard = new WebhookAddressGuard([], (_, _) => Task.FromException<IPAddress[]>(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound)));

        var refused = await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => guard.ResolveAsync("gone.example", CancellationToken.None));

        Assert.Contains("does not resolve", refused.Message);
        Assert.True(refused.Unresolved);   // the subscription endpoint accepts such a name; delivery checks again
    }
}
