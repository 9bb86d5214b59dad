using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BankHire.Hosting.Storage;

/// <summary>
/// Opens connections to the embedded database with the per-connection settings that durability and
/// concurrency need. Orleans takes it as its ADO.NET DataSource, so every connection it uses gets them.
/// </summary>
internal sealed class DurableSqliteDataSource(string databasePath) : DbDataSource
{
    // synchronous=FULL: the WAL is fsynced at every commit, so an acknowledged write survives power loss
    // (NORMAL, a common WAL choice, may lose the last commits). busy_timeout: a writer waits for SQLite's
    // single write lock instead of failing with SQLITE_BUSY when many grains write at once.
    internal const string PerConnectionPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";

    public override string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    protected override DbConnection CreateDbConnection() => new SqliteConnection(ConnectionString);

    protected override DbConnection OpenDbConnection()
    {
        var connection = CreateDbConnection();
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = PerConnectionPragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = PerConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
