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
    public async Task Silos_join_and_change_status_under_optimistic_concurrency()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(installSchema: true);
        var table = await CreateTableAsync(database);
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
        var leavingETag = two.Members.Single(m => m.Item1.SiloAddress.Equals(leaving.SiloAddress)).Item2;
        leaving.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRowAsync(leaving, leavingETag, one.Version.Next()));
        Assert.True(await table.UpdateRowAsync(leaving, leavingETag, two.Version.Next()));
        Assert.Equal(SiloStatus.Dead, (await table.ReadRowAsync(leaving.SiloAddress)).Members.Single().Item1.Status);

        var aliveAt = DateTime.UtcNow.AddSeconds(5);
        active.IAmAliveTime = aliveAt;
        await table.UpdateIAmAliveAsync(active);
        active.IAmAliveTime = aliveAt.AddSeconds(-3);
        await table.UpdateIAmAliveAsync(active);

        var row = await table.ReadRowAsync(active.SiloAddress);
        Assert.Equal(aliveAt, Assert.Single(row.Members).Item1.IAmAliveTime, TimeSpan.FromMilliseconds(1));

        await table.DeleteMembershipTableEntriesAsync(_clusterId);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        Assert.Empty((await table.ReadAllAsync()).Members);
    }

    [PostgresFact]
    public Task Cleanup_removes_only_silos_dead_for_long() => AssertCleanupRemovesOnlyLongDeadSilosAsync(withPerRowQuery: true);

    // Orleans falls back to the bulk CleanupDefunctSiloEntriesKey when the optional per-row query is missing.
    [PostgresFact]
    public Task Cleanup_without_the_per_row_query_removes_only_silos_dead_for_long() => AssertCleanupRemovesOnlyLongDeadSilosAsync(withPerRowQuery: false);

    private async Task AssertCleanupRemovesOnlyLongDeadSilosAsync(bool withPerRowQuery)
    {
        await using var database = await PostgresTestDatabase.CreateAsync(installSchema: true);
        if (!withPerRowQuery)
        {
            await database.ExecuteAsync("DELETE FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntryKey'");
        }
        var table = await CreateTableAsync(database);
        var cutoff = DateTime.UtcNow.AddMinutes(1);
        var active = NewEntry(port: 11111, SiloStatus.Active);
        var longDead = NewEntry(port: 11112, SiloStatus.Dead);
        var recentlyDead = NewEntry(port: 11113, SiloStatus.Dead);
        recentlyDead.IAmAliveTime = cutoff.AddMinutes(1);
        foreach (var entry in new[] { active, longDead, recentlyDead })
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }

        await table.CleanupDefunctSiloEntriesAsync(cutoff);

        var remaining = (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress).ToHashSet();
        Assert.Equal([active.SiloAddress, recentlyDead.SiloAddress], remaining.OrderBy(a => a.Endpoint.Port));
    }

    [PostgresFact]
    public async Task A_client_finds_the_gateways_of_active_silos_only()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(installSchema: true);
        var table = await CreateTableAsync(database);
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

    private async Task<AdoNetClusteringTable> CreateTableAsync(PostgresTestDatabase database)
    {
        var table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "bankhire" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = database.Options.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

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
