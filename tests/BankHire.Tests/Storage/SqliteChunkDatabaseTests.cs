using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Storage.Probes;
using Microsoft.Data.Sqlite;

namespace BankHire.Tests.Storage;

/// <summary>The embedded store keeps answer chunks in a file of their own (media.db): SQLite has one write lock per file, and
/// the chunk writer of a campus peak holds it almost all the time.</summary>
public sealed class SqliteChunkDatabaseTests(SqliteStorageClusterFixture fixture) : IClassFixture<SqliteStorageClusterFixture>
{
    [Fact]
    public async Task Grain_state_commits_while_the_chunk_writer_holds_its_write_lock()
    {
        await using var chunkWriter = new SqliteConnection($"Data Source={fixture.Options.ChunkDatabase.SqliteDatabasePath};Pooling=False");
        await chunkWriter.OpenAsync();
        await using var transaction = chunkWriter.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the file's write lock

        // In one file this write would wait for the lock (busy_timeout 30 s) and then fail with "database is locked".
        var key = "beside-chunks-" + Guid.NewGuid().ToString("N");
        await fixture.Cluster.Client.GetGrain<IStorageProbeGrain>(key).SetAsync("written").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("written", await fixture.Cluster.Client.GetGrain<IStorageProbeGrain>(key).GetAsync());
    }

    [Fact]
    public async Task Chunks_an_older_version_kept_in_the_data_database_move_to_the_chunk_database_once()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(installSchema: false);
        Directory.CreateDirectory(database.Options.DataDirectory);
        var track = new AnswerTrack(Guid.NewGuid(), "q1", ChunkKind.Frame);
        byte[] frame = [0xFF, 0xD8, 0xFF, 0xE0, .. "stored by an older version"u8];
        await using (var legacy = new SqliteConnection($"Data Source={database.Options.SqliteDatabasePath};Pooling=False"))
        {
            await legacy.OpenAsync();
            await using var command = legacy.CreateCommand();
            // The table as the first versions created it: before encryption (Sealed) and object storage (ObjectKey).
            command.CommandText = """
                CREATE TABLE AnswerChunks (InterviewId TEXT NOT NULL, QuestionId TEXT NOT NULL, Kind TEXT NOT NULL, Seq INTEGER NOT NULL,
                    ContentType TEXT NOT NULL, SizeBytes INTEGER NOT NULL, Payload BLOB NOT NULL, ReceivedAt TEXT NOT NULL,
                    CONSTRAINT PK_AnswerChunks PRIMARY KEY (InterviewId, QuestionId, Kind, Seq));
                INSERT INTO AnswerChunks VALUES ($Id, 'q1', 'frame', 0, 'image/jpeg', $Size, $Payload, '2026-09-01 08:00:00+00:00');
                INSERT INTO AnswerChunks VALUES ($Id, 'q1', 'frame', 1, 'image/jpeg', $Size, $Payload, '2026-09-01 08:00:01+00:00');
                """;
            command.Parameters.AddWithValue("$Id", track.InterviewId.ToString("D"));
            command.Parameters.AddWithValue("$Size", frame.Length);
            command.Parameters.AddWithValue("$Payload", frame);
            await command.ExecuteNonQueryAsync();
        }

        await SchemaInstaller.ApplyAsync(database.Options);
        await SchemaInstaller.ApplyAsync(database.Options); // every start runs it: the second finds nothing to move

        await using var store = new ChunkStore(database.Options, TimeProvider.System);
        Assert.Equal([0, 1], await store.ListAsync(track));
        Assert.Equal(frame, (await store.ReadAsync(track, 1))!.Chunk.Payload);
        await using var data = new SqliteConnection($"Data Source={database.Options.SqliteDatabasePath};Pooling=False");
        await data.OpenAsync();
        await using var tables = data.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'AnswerChunks'";
        Assert.Equal(0L, await tables.ExecuteScalarAsync());
    }
}
