using BankHire.Hosting.Storage;
using Orleans.TestingHost;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>One database and one cluster on it, shared by the tests of a contract class.</summary>
public abstract class StorageClusterFixture(StorageProvider provider) : IAsyncLifetime
{
    private ITestDatabase? _database;
    private InProcessTestCluster? _cluster;

    public string ServiceId { get; } = TestDatabase.NewServiceId();

    public StorageOptions Options => (_database ?? throw NotStarted()).Options;

    public InProcessTestCluster Cluster => _cluster ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        // Skipped PostgreSQL tests still get their fixture built: do nothing then.
        if (provider == StorageProvider.Postgres && PostgresTestEnvironment.SkipReason is not null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(provider);
        _cluster = await StorageTestCluster.StartAsync(_database.Options, ServiceId);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The storage fixture did not start.");
}

public sealed class SqliteStorageClusterFixture() : StorageClusterFixture(StorageProvider.Sqlite);

public sealed class PostgresStorageClusterFixture() : StorageClusterFixture(StorageProvider.Postgres);
