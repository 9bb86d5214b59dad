using System.Net;
using BankHire.Tests.Storage.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace BankHire.Tests.Storage;

/// <summary>Cluster membership on PostgreSQL, driven through Orleans' own ADO.NET membership table and gateway
/// list provider: every clustering query of 002-clustering.sql runs here, as it would in a cluster.</summary>
public sealed class PostgresMembershipTableTests
{
    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N");

    [PostgresFact]
    public async Task Silos_join_change_status_and_are_cleaned_up_under_optimistic_concurrency()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(installSchema: true);
        var table = CreateTable(database.Options.ConnectionString!);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        var empty = await table.ReadAllAsync();
        Assert.Empty(empty.Members);

        var active = NewEntry(port: 11111, SiloStatus.Active);
        Assert.True(await table.InsertRowAsync(active, empty.Version.Next()));
        Assert.False(await table.InsertRowAsync(NewEntry(port: 11112, SiloStatus.Active), empty.Version.Next()));

        var one = await table.ReadAllAsync();
        Assert.Equal(active.SiloAddress, Assert.Single(one.Members).Item1.SiloAddress);
        var leaving = NewEntry(port: 11113, SiloStatus.Joining);
        Assert.True(await table.InsertRowAsync(leaving, one.Version.Next()));

        var two = await table.ReadAllAsync();
        leaving.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRowAsync(leaving, "", one.Version.Next()));
        Assert.True(await table.UpdateRowAsync(leaving, "", two.Version.Next()));
        var aliveAt = DateTime.UtcNow.AddSeconds(5);
        active.IAmAliveTime = aliveAt;
        await table.UpdateIAmAliveAsync(active);

        var row = await table.ReadRowAsync(active.SiloAddress);
        Assert.Equal(aliveAt, Assert.Single(row.Members).Item1.IAmAliveTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(SiloStatus.Dead, (await table.ReadRowAsync(leaving.SiloAddress)).Members.Single().Item1.Status);

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var remaining = await table.ReadAllAsync();
        Assert.Equal(active.SiloAddress, Assert.Single(remaining.Members).Item1.SiloAddress);

        await table.DeleteMembershipTableEntriesAsync(_clusterId);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        Assert.Empty((await table.ReadAllAsync()).Members);
    }

    [PostgresFact]
    public async Task A_client_finds_the_gateways_of_active_silos_only()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(installSchema: true);
        var table = CreateTable(database.Options.ConnectionString!);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        var active = NewEntry(port: 11111, SiloStatus.Active);
        Assert.True(await table.InsertRowAsync(active, (await table.ReadAllAsync()).Version.Next()));
        Assert.True(await table.InsertRowAsync(NewEntry(port: 11112, SiloStatus.ShuttingDown), (await table.ReadAllAsync()).Version.Next()));

        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new AdoNetClusteringClientOptions { Invariant = "Npgsql", ConnectionString = database.Options.ConnectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "bankhire" }));
        await gateways.InitializeGatewayListProviderAsync();

        var uri = Assert.Single(await gateways.GetGatewaysAsync());
        Assert.Equal(SiloAddress.New(active.SiloAddress.Endpoint.Address, active.ProxyPort, active.SiloAddress.Generation).ToGatewayUri(), uri);
    }

    private AdoNetClusteringTable CreateTable(string connectionString) => new(
        new ServiceCollection().BuildServiceProvider(),
        Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "bankhire" }),
        Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = connectionString }),
        NullLogger<AdoNetClusteringTable>.Instance);

    private static MembershipEntry NewEntry(int port, SiloStatus status)
    {
        var now = DateTime.UtcNow;
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, generation: 1),
            SiloName = $"silo-{port}",
            HostName = "test-host",
            Status = status,
            ProxyPort = port + 10000,
            StartTime = now,
            IAmAliveTime = now,
        };
    }
}
