using BankHire.Hosting.Security;
using BankHire.Hosting;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Integrations;
using BankHire.Hosting.Notifications;
using BankHire.Hosting.Storage;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace BankHire.Tests.Grains;

/// <summary>Two in-process silos on one embedded store, with the interview streams: scoring spreads over both.</summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime, ILiveCluster
{
    private readonly TempDirectory _data = new();

    /// <summary>The real clock: with two silos, membership probes run on the silo's TimeProvider, which a manual clock would stall.</summary>
    public TimeProvider Clock => TimeProvider.System;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public IClusterClient Client => Cluster.Client;

    public ChunkStore Chunks { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var storage = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = _data.Path };
        await SchemaInstaller.ApplyAsync(storage);
        Chunks = new ChunkStore(storage, TimeProvider.System);
        Cluster = await ClusterDeployment.DeployAsync(() =>
        {
            var builder = new InProcessTestClusterBuilder(2);
            builder.ConfigureSilo((_, silo) =>
            {
                silo.Services.AddBankHireChunksAndScoring(storage);
                silo.Services.AddBankHireSecrets(storage);
                silo.Services.AddBankHireNotifications(new BankHire.Notifications.NotificationOptions());
                silo.Services.AddBankHireIntegrations(new BankHire.Integrations.WebhookOptions());
                silo.AddBankHireGrainStorage(storage);
                silo.AddBankHireReminders(storage);
                silo.AddInterviewStreams();
            });
            // The tests ring doorbells as the ingest does, from a client.
            builder.ConfigureClient(client => client.AddInterviewStreams());
            return builder.Build();
        });
    }

    /// <summary>Starts silos until two run and waits until membership sees exactly those (a test may have killed one).</summary>
    public async Task EnsureTwoLiveSilosAsync()
    {
        while (Cluster.GetActiveSilos().Count() < 2) await Cluster.StartAdditionalSiloAsync();
        var expected = Cluster.GetActiveSilos().Select(s => s.SiloAddress).ToHashSet();
        var management = Grains.GetGrain<IManagementGrain>(0);
        await Eventually.TrueAsync(async () =>
        {
            var hosts = await management.GetHosts(onlyActive: true);
            return hosts.Keys.ToHashSet().SetEquals(expected);
        }, TimeSpan.FromSeconds(120), "membership to see exactly the running silos");
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TwoSiloCollection : ICollectionFixture<TwoSiloClusterFixture>
{
    public const string Name = "two-silos";
}
