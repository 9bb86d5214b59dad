using BankHire.Hosting.Storage;
using Npgsql;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>A schema of its own in the BANKHIRE_TEST_POSTGRES database, reached through search_path,
/// so that test runs and fixtures never see each other's tables.</summary>
internal sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly string _adminConnectionString;

    private PostgresTestDatabase(string adminConnectionString, string schema)
    {
        _adminConnectionString = adminConnectionString;
        Schema = schema;
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { SearchPath = schema };
        Options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = builder.ConnectionString };
    }

    public string Schema { get; }

    public StorageOptions Options { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(bool installSchema)
    {
        var database = new PostgresTestDatabase(
            PostgresTestEnvironment.RequireConnectionString(), "bh_test_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteAdminAsync($"CREATE SCHEMA {database.Schema}");
        if (installSchema)
        {
            await SchemaInstaller.ApplyAsync(database.Options);
        }
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAdminAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        // The key store (a database of its own) holds a schema of the same name.
        await using (var keys = new NpgsqlConnection(Options.KeyStore.ConnectionString))
        {
            await keys.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", keys);
            await drop.ExecuteNonQueryAsync();
        }
        // Each test's schema makes pools of their own (the data's and the key store's): their idle connections would
        // otherwise outlive the test and, many tests later, take every connection the server allows.
        foreach (var connectionString in new[] { Options.RequirePostgresConnectionString(), Options.KeyStore.RequirePostgresConnectionString() })
        {
            using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
    }

    /// <summary>Runs SQL in this database's schema.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
