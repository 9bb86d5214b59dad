using System.Data.Common;
using System.Diagnostics;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BankHire.Tests.Storage;

/// <summary>Deletion that reaches backups, per database: the data keys live in a key store apart from the data they seal, so
/// a backup of the data database (a file copy, a pg_dump) holds only ciphertext, and shredding a candidate's keys makes the
/// backup's copy of their media unreadable at once; a key store restored from before the shredding loses them again.</summary>
public abstract class KeyStoreBackupContract(StorageProvider provider)
{
    private static readonly byte[] Frame = [0xFF, 0xD8, 0xFF, 0xE0, .. "a face kept in last night's backup"u8];

    [StorageContractFact]
    public async Task A_backup_of_the_database_holds_no_data_key_and_cannot_be_read_with_the_live_keys_after_an_erasure()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (candidate, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (theirs, others) = (NewStream(), NewStream());
        var store = new ChunkStore(database.Options, TimeProvider.System);
        await store.StoreAsync(new AnswerChunk(theirs, 0, "image/jpeg", Frame, candidate));
        await store.StoreAsync(new AnswerChunk(others, 0, "image/jpeg", Frame, other));

        await using var backup = await BackUpAsync(database);
        Assert.Equal(0L, await CountAsync(backup.Options, "DataKeys"));
        Assert.Equal(2L, await CountAsync(backup.Options.ChunkDatabase, "AnswerChunks"));
        // Restored beside the live key store, the backup reads like the database ...
        var fromBackup = new ChunkStore(backup.Options, TimeProvider.System, DataKeyStore.For(database.Options));
        Assert.Equal(Frame, (await fromBackup.ReadAsync(theirs, 0))!.Chunk.Payload);

        await DataKeyStore.For(database.Options).ShredAsync(candidate, [theirs.InterviewId]);

        // ... and once the candidate is erased, nothing the live keys open is theirs: no master key retirement needed.
        Assert.Equal([0], await fromBackup.ListAsync(theirs));
        Assert.Null(await fromBackup.ReadAsync(theirs, 0));
        Assert.Equal(Frame, (await fromBackup.ReadAsync(others, 0))!.Chunk.Payload);
    }

    [StorageContractFact]
    public async Task A_key_store_restored_from_before_an_erasure_loses_the_erased_keys_on_the_next_start()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (candidate, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (theirs, others) = (NewStream(), NewStream());
        var store = new ChunkStore(database.Options, TimeProvider.System);
        await store.StoreAsync(new AnswerChunk(theirs, 0, "image/jpeg", Frame, candidate));
        await store.StoreAsync(new AnswerChunk(others, 0, "image/jpeg", Frame, other));
        var keyStoreBackup = await KeyRowsAsync(database.Options);

        await DataKeyStore.For(database.Options).ShredAsync(candidate, [theirs.InterviewId]);
        await RestoreKeyRowsAsync(database.Options, keyStoreBackup);
        Assert.NotNull(await store.ReadAsync(theirs, 0)); // the restore brought the key back ...

        await SchemaInstaller.ApplyAsync(database.Options); // ... until the next start replays the shred ledger

        Assert.Null(await store.ReadAsync(theirs, 0));
        Assert.Equal(Frame, (await store.ReadAsync(others, 0))!.Chunk.Payload);
    }

    private static AnswerTrack NewStream() => new(Guid.NewGuid(), Guid.NewGuid().ToString("N"), ChunkKind.Frame);

    /// <summary>The data database backed up the way deploy/BACKUP.md says: SQLite's online copy (VACUUM INTO) of the file,
    /// or pg_dump of the schema restored into a schema of its own.</summary>
    private async Task<ITestDatabase> BackUpAsync(ITestDatabase database)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var copy = new CopiedDatabase(new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = Path.Combine(Path.GetTempPath(), "bankhire-tests", Guid.NewGuid().ToString("N")) });
            Directory.CreateDirectory(copy.Options.DataDirectory);
            // Both files of the embedded store: the data database and the chunk database beside it.
            foreach (var (from, to) in new[] { (database.Options, copy.Options), (database.Options.ChunkDatabase, copy.Options.ChunkDatabase) })
            {
                await using var connection = new SqliteConnection($"Data Source={from.SqliteDatabasePath}");
                await connection.OpenAsync();
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO @Path";
                vacuum.Parameters.AddWithValue("Path", to.SqliteDatabasePath);
                await vacuum.ExecuteNonQueryAsync();
            }
            return copy;
        }
        var live = (PostgresTestDatabase)database;
        var target = "bh_backup_" + Guid.NewGuid().ToString("N");
        var admin = PostgresTestEnvironment.RequireConnectionString();
        var dump = await RunAsync("pg_dump", $"--no-owner --no-privileges --schema={live.Schema} \"{Libpq(admin)}\"", null);
        await RunAsync("psql", $"--no-psqlrc --quiet --set ON_ERROR_STOP=1 \"{Libpq(admin)}\"", dump.Replace(live.Schema, target));
        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = target };
        return new CopiedDatabase(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = builder.ConnectionString }, admin, target);
    }

    private static string Libpq(string npgsql)
    {
        var b = new NpgsqlConnectionStringBuilder(npgsql);
        return $"host={b.Host} port={b.Port} user={b.Username} password={b.Password} dbname={b.Database}";
    }

    private static async Task<string> RunAsync(string tool, string arguments, string? input)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await output;
    }

    private static async Task<long> CountAsync(StorageOptions options, string table)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options, CancellationToken.None);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await count.ExecuteScalarAsync());
    }

    private static async Task<List<object[]>> KeyRowsAsync(StorageOptions options)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, CancellationToken.None);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT SubjectId, OwnerId, MasterKeyId, WrappedKey, CreatedAt FROM DataKeys";
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[5];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The key store put back as it was (a restore of its backup).</summary>
    private static async Task RestoreKeyRowsAsync(StorageOptions options, List<object[]> rows)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.KeyStore, CancellationToken.None);
        foreach (var row in rows)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO DataKeys VALUES (@P0, @P1, @P2, @P3, @P4) ON CONFLICT DO NOTHING";
            for (var i = 0; i < row.Length; i++)
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = "P" + i;
                parameter.Value = row[i];
                insert.Parameters.Add(parameter);
            }
            await insert.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A restored backup: a folder or a schema of its own, removed when disposed.</summary>
    private sealed class CopiedDatabase(StorageOptions options, string? admin = null, string? schema = null) : ITestDatabase
    {
        public StorageOptions Options { get; } = options;

        public async ValueTask DisposeAsync()
        {
            if (admin is null)
            {
                if (Directory.Exists(Options.DataDirectory)) Directory.Delete(Options.DataDirectory, recursive: true);
                return;
            }
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

public sealed class SqliteKeyStoreBackupTests() : KeyStoreBackupContract(StorageProvider.Sqlite);

[RequiresPostgres]
public sealed class PostgresKeyStoreBackupTests() : KeyStoreBackupContract(StorageProvider.Postgres);
