using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;

namespace BankHire.Tests.Storage;

/// <summary>The schema installer, per database: idempotent, and complete for the Orleans providers we use.</summary>
public abstract class SchemaContract(StorageProvider provider)
{
    private HashSet<string> RequiredKeys => provider == StorageProvider.Postgres
        ? [.. OrleansQueryKeys.Clustering, .. OrleansQueryKeys.OptionalClustering, .. OrleansQueryKeys.Persistence, .. OrleansQueryKeys.Reminders]
        : [.. OrleansQueryKeys.Persistence, .. OrleansQueryKeys.Reminders];

    [StorageContractFact]
    public async Task Every_query_key_Orleans_looks_up_is_installed()
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var installed = await QueriesAsync(database.Options);

        Assert.Empty(RequiredKeys.Except(installed.Keys));
    }

    [StorageContractFact]
    public async Task Applying_the_schema_again_succeeds_and_keeps_the_data()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var serviceId = TestDatabase.NewServiceId();
        await using (var cluster = await StorageTestCluster.StartAsync(database.Options, serviceId))
        {
            await cluster.Client.GetGrain<Probes.IStorageProbeGrain>("kept").SetAsync("before re-install");
        }
        var queriesBefore = await QueriesAsync(database.Options);

        await SchemaInstaller.ApplyAsync(database.Options);
        await SchemaInstaller.ApplyAsync(database.Options);

        Assert.Equal(queriesBefore, await QueriesAsync(database.Options));
        await using var restarted = await StorageTestCluster.StartAsync(database.Options, serviceId);
        Assert.Equal("before re-install", await restarted.Client.GetGrain<Probes.IStorageProbeGrain>("kept").GetAsync());
    }

    [StorageContractFact]
    public async Task A_silo_on_an_empty_database_installs_the_schema_as_it_starts()
    {
        await using var database = await TestDatabase.CreateAsync(provider, installSchema: false);

        await using var cluster = await StorageTestCluster.StartAsync(database.Options, TestDatabase.NewServiceId());
        var grain = cluster.Client.GetGrain<Probes.IStorageProbeGrain>("first");
        await grain.SetAsync("stored");

        Assert.Equal("stored", await grain.GetAsync());
        Assert.Empty(RequiredKeys.Except((await QueriesAsync(database.Options)).Keys));
    }

    [StorageContractFact]
    public async Task The_answer_chunk_table_is_installed_with_its_key()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await AdoNetTarget.OpenAsync(database.Options.ChunkDatabase, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AnswerChunks";

        Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync()));
    }

    private static async Task<Dictionary<string, string>> QueriesAsync(StorageOptions options)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey, QueryText FROM OrleansQuery";
        await using var reader = await command.ExecuteReaderAsync();
        var queries = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            queries.Add(reader.GetString(0), reader.GetString(1));
        }
        return queries;
    }
}
