using System.Data.Common;
using Npgsql;

namespace BankHire.Hosting.Storage;

/// <summary>
/// Creates or upgrades the key store (<see cref="StorageOptions.KeyStore"/>: its own SQLite file, or its own PostgreSQL
/// database), moves data keys an older version kept in the data database over to it, and replays the shred ledger
/// (ShreddedDataKeys), so that a key store restored from a backup taken before an erasure loses the erased keys again.
/// Idempotent, run on every start after the data database's schema.
/// </summary>
internal static class KeyStoreInstaller
{
    public static async Task ApplyAsync(StorageOptions options, CancellationToken cancellationToken = default)
    {
        var keyStore = options.KeyStore;
        if (keyStore.Provider == StorageProvider.Sqlite) Directory.CreateDirectory(Path.GetDirectoryName(keyStore.SqliteDatabasePath)!);
        else await CreatePostgresDatabaseAsync(options, keyStore, cancellationToken);

        await using var keys = await AdoNetTarget.OpenAsync(keyStore, cancellationToken);
        if (keyStore.Provider == StorageProvider.Sqlite) await SchemaInstaller.UseWriteAheadLogAsync(keys, cancellationToken);
        foreach (var script in SchemaScripts.ForKeyStore(keyStore.Provider))
            await SchemaInstaller.ApplyScriptAsync(keys, keyStore.Provider, script, cancellationToken);

        await using var data = await AdoNetTarget.OpenAsync(options, cancellationToken);
        await MoveLegacyKeysAsync(data, keys, options.Provider, cancellationToken);
        await ReplayShredLedgerAsync(data, keys, cancellationToken);
    }

    /// <summary>The key store's database (and the schema of its search path) when the server lacks them.</summary>
    private static async Task CreatePostgresDatabaseAsync(StorageOptions options, StorageOptions keyStore, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(keyStore.RequirePostgresConnectionString());
        await using (var data = await AdoNetTarget.OpenAsync(options, cancellationToken))
        {
            // Nodes (and test runs) starting together race to create it: CREATE DATABASE fails while another copies the template.
            for (var attempt = 1; ; attempt++)
            {
                await using var exists = data.CreateCommand();
                exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @Name";
                Add(exists, "Name", target.Database!);
                if (await exists.ExecuteScalarAsync(cancellationToken) is not null) break;
                await using var create = data.CreateCommand();
                create.CommandText = $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"";
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    break;
                }
                catch (PostgresException e) when (attempt < 20 && e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ObjectInUse)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
                }
            }
        }
        if (string.IsNullOrEmpty(target.SearchPath)) return;
        await using var keys = await AdoNetTarget.OpenAsync(keyStore, cancellationToken);
        await using var schema = keys.CreateCommand();
        var first = target.SearchPath.Split(',')[0].Trim().Trim('"');
        schema.CommandText = $"CREATE SCHEMA IF NOT EXISTS \"{first.Replace("\"", "\"\"")}\"";
        await schema.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Data keys from before the key store (table DataKeys of the data database) copied over, then deleted there.</summary>
    private static async Task MoveLegacyKeysAsync(DbConnection data, DbConnection keys, StorageProvider provider, CancellationToken cancellationToken)
    {
        var legacy = new List<object[]>();
        await using (var select = data.CreateCommand())
        {
            select.CommandText = "SELECT SubjectId, OwnerId, MasterKeyId, WrappedKey, CreatedAt FROM DataKeys";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object[5];
                reader.GetValues(row);
                legacy.Add(row);
            }
        }
        if (legacy.Count == 0) return;
        await using (var transaction = await keys.BeginTransactionAsync(cancellationToken))
        {
            foreach (var row in legacy)
            {
                await using var insert = keys.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO DataKeys (SubjectId, OwnerId, MasterKeyId, WrappedKey, CreatedAt)
                    VALUES (@SubjectId, @OwnerId, @MasterKeyId, @WrappedKey, @CreatedAt) ON CONFLICT DO NOTHING
                    """;
                string[] names = ["SubjectId", "OwnerId", "MasterKeyId", "WrappedKey", "CreatedAt"];
                for (var i = 0; i < names.Length; i++) Add(insert, names[i], row[i]);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        await using var delete = data.CreateCommand();
        delete.CommandText = (provider == StorageProvider.Sqlite ? "PRAGMA secure_delete = ON; " : "") + "DELETE FROM DataKeys";
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes from the key store every key of a shredded subject created before its shredding (keys made after, for
    /// the states an erasure leaves, stay).</summary>
    private static async Task ReplayShredLedgerAsync(DbConnection data, DbConnection keys, CancellationToken cancellationToken)
    {
        var ledger = new List<(object Subject, object ShreddedAt)>();
        await using (var select = data.CreateCommand())
        {
            select.CommandText = "SELECT SubjectId, MAX(ShreddedAt) FROM ShreddedDataKeys GROUP BY SubjectId";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) ledger.Add((reader.GetValue(0), reader.GetValue(1)));
        }
        foreach (var (subject, shreddedAt) in ledger)
        {
            await using var delete = keys.CreateCommand();
            delete.CommandText = "DELETE FROM DataKeys WHERE (SubjectId = @Id OR OwnerId = @Id) AND CreatedAt < @ShreddedAt";
            Add(delete, "Id", subject);
            Add(delete, "ShreddedAt", shreddedAt);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
