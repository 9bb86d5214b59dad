using System.Data.Common;

namespace BankHire.Hosting.Storage;

/// <summary>
/// Creates the embedded chunk database (<see cref="StorageOptions.ChunkDatabase"/>, media.db) and moves the chunks an older
/// version kept in the data database over to it. Idempotent, run on every start after the data database's schema: a move
/// cut short by a crash is finished by the next start (rows already copied are skipped).
/// </summary>
internal static class ChunkDatabaseInstaller
{
    private const string Columns = "InterviewId, QuestionId, Kind, Seq, ContentType, SizeBytes, Payload, ReceivedAt, Sealed, ObjectKey";

    public static async Task ApplyAsync(StorageOptions options, CancellationToken cancellationToken = default)
    {
        var chunks = options.ChunkDatabase;
        await using (var connection = await AdoNetTarget.OpenAsync(chunks, cancellationToken))
        {
            await SchemaInstaller.UseWriteAheadLogAsync(connection, cancellationToken);
            foreach (var script in SchemaScripts.ForChunkDatabase())
                await SchemaInstaller.ApplyScriptAsync(connection, StorageProvider.Sqlite, script, cancellationToken);
            // Rows from before media keys read with the interview's key (MediaKey = 0).
            await SchemaInstaller.EnsureSqliteColumnAsync(connection, "AnswerChunks", "MediaKey", "INTEGER NOT NULL DEFAULT 0", cancellationToken);
        }
        await MoveLegacyChunksAsync(options, chunks, cancellationToken);
    }

    private static async Task MoveLegacyChunksAsync(StorageOptions options, StorageOptions chunks, CancellationToken cancellationToken)
    {
        await using var data = await AdoNetTarget.OpenAsync(options, cancellationToken);
        if (!await HasLegacyTableAsync(data, cancellationToken)) return;
        // Tables from before encryption and object storage lack these columns; their rows read as stored (Sealed = 0).
        await SchemaInstaller.EnsureSqliteColumnAsync(data, "AnswerChunks", "Sealed", "INTEGER NOT NULL DEFAULT 0", cancellationToken);
        await SchemaInstaller.EnsureSqliteColumnAsync(data, "AnswerChunks", "ObjectKey", "TEXT NULL", cancellationToken);
        await ExecuteAsync(data, "ATTACH DATABASE @Path AS chunks", cancellationToken, ("Path", chunks.SqliteDatabasePath));
        try
        {
            await ExecuteAsync(data, $"""
                BEGIN IMMEDIATE;
                INSERT OR IGNORE INTO chunks.AnswerChunks ({Columns}) SELECT {Columns} FROM main.AnswerChunks;
                DROP TABLE main.AnswerChunks;
                COMMIT;
                """, cancellationToken);
        }
        catch
        {
            await RollBackAsync(data);
            throw;
        }
        finally
        {
            // The connection goes back to the pool: it must not keep the other file attached.
            await ExecuteAsync(data, "DETACH DATABASE chunks", CancellationToken.None);
        }
    }

    /// <summary>Ends a move that failed half-way; a failure before BEGIN leaves nothing to roll back.</summary>
    private static async Task RollBackAsync(DbConnection data)
    {
        try
        {
            await ExecuteAsync(data, "ROLLBACK", CancellationToken.None);
        }
        catch (DbException)
        {
            // No transaction was open: the original failure is the one to report.
        }
    }

    private static async Task<bool> HasLegacyTableAsync(DbConnection data, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'AnswerChunks'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
