using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BankHire.Hosting.Storage;

/// <summary>Creates or upgrades the Orleans tables and queries; idempotent, safe on every start.</summary>
public static class SchemaInstaller
{
    /// <summary>SQLite: creates the data folder and the database file, switches it to WAL, applies Storage/Sqlite/*.sql.
    /// PostgreSQL: applies deploy/postgres/*.sql (the same scripts as deploy/postgres/apply.sh).
    /// Each script runs in its own transaction.</summary>
    public static async Task ApplyAsync(StorageOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StorageProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(options.SqliteDatabasePath)!);
        }

        await using var connection = await AdoNetTarget.OpenAsync(options, cancellationToken);
        if (options.Provider == StorageProvider.Sqlite)
        {
            await UseWriteAheadLogAsync(connection, cancellationToken);
        }

        foreach (var script in SchemaScripts.For(options.Provider))
        {
            await ApplyScriptAsync(connection, options.Provider, script, cancellationToken);
        }
        if (Answers.MediaObjectStore.For(options) is { } media)
        {
            using (media) await media.EnsureBucketAsync(cancellationToken);
        }
        await KeyStoreInstaller.ApplyAsync(options, cancellationToken);
        if (options.Provider == StorageProvider.Sqlite) await ChunkDatabaseInstaller.ApplyAsync(options, cancellationToken);
    }

    /// <summary>SQLite has no ADD COLUMN IF NOT EXISTS: the column is added when the table lacks it.</summary>
    internal static async Task EnsureSqliteColumnAsync(DbConnection connection, string table, string column, string definition, CancellationToken cancellationToken)
    {
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0) return;
        }
        await using var alter = connection.CreateCommand();
        alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
        try
        {
            await alter.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException e) when (e.Message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
        {
            // Another process added it between the check and the ALTER.
        }
    }

    // WAL lets readers run beside the writer and, unlike the rollback journal, keeps fsyncs to one per commit.
    // It is a property of the database file: set once, it holds for every later connection.
    internal static async Task UseWriteAheadLogAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL journal mode (got '{mode}') for {connection.DataSource}.");
        }
    }

    internal static async Task ApplyScriptAsync(DbConnection connection, StorageProvider provider, SchemaScripts.Script script, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes SQLite's write lock up front, so a script never fails half-way on a busy database.
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = script.Sql;
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"Applying {provider} schema script {script.Name} failed: {e.Message}", e);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
