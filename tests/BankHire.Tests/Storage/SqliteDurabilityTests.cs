using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Storage.Probes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers;

namespace BankHire.Tests.Storage;

/// <summary>The embedded store keeps what it acknowledged: through a process kill (the data is in the files)
/// and a power loss (every commit is fsynced), and concurrent writers wait rather than fail.</summary>
public sealed class SqliteDurabilityTests(SqliteStorageClusterFixture fixture) : IClassFixture<SqliteStorageClusterFixture>
{
    [Fact]
    public async Task Every_connection_Orleans_opens_is_in_WAL_mode_with_full_sync_and_a_busy_timeout()
    {
        var storageOptions = fixture.Cluster.GetSiloServiceProvider()
            .GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>()
            .Get(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        Assert.NotNull(storageOptions.DataSource);

        await using var connection = await storageOptions.DataSource.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal(2L, await PragmaAsync(connection, "synchronous")); // 2 = FULL
        Assert.Equal(30000L, await PragmaAsync(connection, "busy_timeout"));
    }

    [Fact]
    public async Task An_acknowledged_write_is_already_in_the_database_files()
    {
        var key = "durable-" + Guid.NewGuid().ToString("N");
        await fixture.Cluster.Client.GetGrain<IStorageProbeGrain>(key).SetAsync("acknowledged");

        // What a killed process leaves behind: the files as they are now, opened by a fresh process.
        var crashCopy = Path.Combine(Path.GetTempPath(), "bankhire-tests", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(crashCopy);
        try
        {
            var database = fixture.Options.SqliteDatabasePath;
            File.Copy(database, Path.Combine(crashCopy, "bankhire.db"));
            if (File.Exists(database + "-wal"))
            {
                File.Copy(database + "-wal", Path.Combine(crashCopy, "bankhire.db-wal"));
            }

            await using var connection = new SqliteConnection($"Data Source={Path.Combine(crashCopy, "bankhire.db")};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM OrleansStorage WHERE GrainIdExtensionString = $key AND PayloadBinary IS NOT NULL";
            command.Parameters.AddWithValue("$key", key);

            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(crashCopy, recursive: true);
        }
    }

    private static async Task<object?> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return await command.ExecuteScalarAsync();
    }
}
