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

/// <summary>One in-process silo on the real embedded store (SQLite), shared by the "cluster" collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime, ILiveCluster
{
    private readonly TempDirectory _data = new();

    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    TimeProvider ILiveCluster.Clock => Clock;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The chunk store the silo reads (the same SQLite database), for tests that upload as the ingest does.</summary>
    public ChunkStore Chunks { get; private set; } = null!;

    /// <summary>Where the silo keeps its data (the SQLite file, the master key file), for tests that read the raw rows.</summary>
    public StorageOptions Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var storage = Storage = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = _data.Path };
        await SchemaInstaller.ApplyAsync(storage);
        Chunks = new ChunkStore(storage, TimeProvider.System);
        // On two busy cores (the whole suite runs in parallel) a deploy can fail for want of time; see ClusterDeployment.
        Cluster = await ClusterDeployment.DeployAsync(() => Build(storage));
    }

    private InProcessTestCluster Build(StorageOptions storage)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddBankHireChunksAndScoring(storage);
            silo.Services.AddBankHireSecrets(storage);
            // Hires are welcomed through the channels; unconfigured here, so a welcome is recorded as failed, not sent.
            silo.Services.AddBankHireNotifications(new BankHire.Notifications.NotificationOptions());
            silo.Services.AddBankHireIntegrations(new BankHire.Integrations.WebhookOptions { AllowedHosts = [Api.ApiFactory.WebhookTestHost] });
            silo.AddBankHireGrainStorage(storage);
            silo.AddBankHireReminders(storage);
            silo.AddInterviewStreams();
        });
        // The tests ring doorbells as the ingest does, from a client.
        builder.ConfigureClient(client => client.AddInterviewStreams());
        return builder.Build();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
