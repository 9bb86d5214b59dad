using System.Data.Common;
using BankHire.Answers;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;

namespace BankHire.Hosting.Answers;

/// <summary>
/// The durable store of answer chunks, table AnswerChunks of <see cref="StorageOptions.ChunkDatabase"/> (the embedded store's
/// media.db, or the PostgreSQL data database).
/// A chunk is stored at most once per sequence number; when StoreAsync returns, the chunk is committed. Concurrent
/// uploads are committed together (<see cref="GroupCommit{TItem,TResult}"/>): one transaction and one flush per burst.
/// Payloads are sealed (AES-256-GCM) under their interview's media key (<see cref="MediaKey"/>), kept in the separate key
/// store (<see cref="DataKeyStore"/>) and looked up on every read, so once that key is shredded (the media deleted, or the
/// candidate erased) their chunks — here and in every backup of this database — read as gone. Rows sealed earlier under the
/// interview's own key (MediaKey = false) open with that one. Rows stored before encryption
/// (Sealed = false) are read as they are. With an object store (<see cref="MediaObjectStore"/>, Storage:Media:Provider =
/// S3) the sealed bytes are uploaded there before their row is committed, and the row keeps only the object's key:
/// store-before-acknowledge holds across both, and deleting an interview deletes its objects first.
/// </summary>
public sealed class ChunkStore : IAsyncDisposable
{
    /// <summary>At most 64 chunks of at most 256 KB in one transaction: 16 MB, and a burst of many candidates still splits.</summary>
    public const int MaxChunksPerCommit = 64;

    private readonly StorageOptions database;
    private readonly TimeProvider clock;
    private readonly DataKeyStore keys;
    private readonly MediaObjectStore? objects;
    private readonly GroupCommit<AnswerChunk, (ChunkWrite Write, ChunkSequence Sequence)> commits;

    public ChunkStore(StorageOptions options, TimeProvider clock) : this(options, clock, DataKeyStore.For(options))
    {
    }

    public ChunkStore(StorageOptions options, TimeProvider clock, DataKeyStore keys) : this(options, clock, keys, MediaObjectStore.For(options))
    {
    }

    public ChunkStore(StorageOptions options, TimeProvider clock, DataKeyStore keys, MediaObjectStore? objects)
    {
        database = options.ChunkDatabase;
        this.clock = clock;
        this.keys = keys;
        this.objects = objects;
        commits = new(CommitAsync, MaxChunksPerCommit);
    }

    private const string SelectRow = """
        SELECT c.Seq, c.ContentType, c.Payload, c.ReceivedAt, c.Sealed, c.ObjectKey, c.MediaKey
        FROM AnswerChunks c
        """ + "\n";

    private enum ChunkWrite { Stored, AlreadyStored, Conflict }

    /// <summary>Stores the chunk unless its sequence number is taken. True when it was new, false when the same
    /// bytes were already stored; <see cref="ChunkConflictException"/> when different bytes were.</summary>
    public async Task<bool> StoreAsync(AnswerChunk chunk, CancellationToken cancellationToken = default) =>
        (await ReceiveAsync(chunk, cancellationToken)).Stored;

    /// <summary>As <see cref="StoreAsync"/>, with where the chunk's track stands once the chunk is committed (what an
    /// upload's acknowledgement tells the client), read in the same transaction.</summary>
    public async Task<ChunkReceipt> ReceiveAsync(AnswerChunk chunk, CancellationToken cancellationToken = default)
    {
        var (write, sequence) = await commits.EnqueueAsync(chunk, cancellationToken);
        return write == ChunkWrite.Conflict ? throw new ChunkConflictException(chunk.Track, chunk.Seq) : new ChunkReceipt(write == ChunkWrite.Stored, sequence);
    }

    private async Task<IReadOnlyList<(ChunkWrite, ChunkSequence)>> CommitAsync(IReadOnlyList<AnswerChunk> chunks, CancellationToken cancellationToken)
    {
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var receivedAt = clock.GetUtcNow();
        var dataKeys = new Dictionary<Guid, byte[]>();
        foreach (var chunk in chunks.DistinctBy(c => c.Track.InterviewId))
            dataKeys[chunk.Track.InterviewId] = await keys.GetOrCreateAsync(MediaKey.SubjectOf(chunk.Track.InterviewId), chunk.Owner, cancellationToken);
        var sealedPayloads = chunks.Select(c => ChunkSeal.Seal(dataKeys[c.Track.InterviewId], c.Track, c.Seq, c.Payload)).ToList();
        var objectKeys = objects is null ? null : await UploadAsync(chunks, sealedPayloads, dataKeys, cancellationToken);
        var writes = new List<ChunkWrite>(chunks.Count);
        // In one transaction a resend queued behind its original finds the original's row, so it is stored once.
        for (var i = 0; i < chunks.Count; i++)
            writes.Add(await InsertAsync(connection, transaction, chunks[i], sealedPayloads[i], objectKeys?[i], receivedAt, cancellationToken));
        var sequences = new Dictionary<AnswerTrack, ChunkSequence>();
        foreach (var track in chunks.Select(c => c.Track).Distinct())
            sequences[track] = await SequenceAsync(connection, track, cancellationToken, transaction);
        await transaction.CommitAsync(cancellationToken);
        return [.. chunks.Select((chunk, i) => (writes[i], sequences[chunk.Track]))];
    }

    /// <summary>The burst's sealed payloads into the object store, in parallel; their keys, in order.</summary>
    private async Task<IReadOnlyList<string>> UploadAsync(IReadOnlyList<AnswerChunk> chunks, IReadOnlyList<byte[]> sealedPayloads, Dictionary<Guid, byte[]> dataKeys, CancellationToken cancellationToken)
    {
        var objectKeys = chunks.Select(c => MediaObjectStore.KeyFor(c.Track, c.Seq, dataKeys[c.Track.InterviewId], c.Payload)).ToList();
        await Task.WhenAll(objectKeys.Select((key, i) => objects!.PutAsync(key, sealedPayloads[i], cancellationToken)));
        return objectKeys;
    }

    private async Task<ChunkWrite> InsertAsync(DbConnection connection, DbTransaction transaction, AnswerChunk chunk, byte[] sealedPayload, string? objectKey, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, """
            INSERT INTO AnswerChunks (InterviewId, QuestionId, Kind, Seq, ContentType, SizeBytes, Payload, ReceivedAt, Sealed, ObjectKey, MediaKey)
            VALUES (@InterviewId, @QuestionId, @Kind, @Seq, @ContentType, @SizeBytes, @Payload, @ReceivedAt, @Sealed, @ObjectKey, @MediaKey)
            ON CONFLICT DO NOTHING
            """, chunk.Track, chunk.Seq, transaction);
        Add(insert, "ContentType", chunk.ContentType);
        Add(insert, "SizeBytes", chunk.Payload.Length);
        Add(insert, "Payload", objectKey is null ? sealedPayload : Array.Empty<byte>());
        Add(insert, "ReceivedAt", receivedAt);
        Add(insert, "Sealed", true);
        Add(insert, "ObjectKey", (object?)objectKey ?? DBNull.Value);
        Add(insert, "MediaKey", true);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) return ChunkWrite.Stored;

        var stored = await ReadAsync(connection, chunk.Track, chunk.Seq, cancellationToken, transaction);
        return stored is not null && stored.Chunk.Payload.AsSpan().SequenceEqual(chunk.Payload) && stored.Chunk.ContentType == chunk.ContentType
            ? ChunkWrite.AlreadyStored
            : ChunkWrite.Conflict;
    }

    public ValueTask DisposeAsync() => commits.DisposeAsync();

    public async Task<StoredChunk?> ReadAsync(AnswerTrack track, int seq, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        return await ReadAsync(connection, track, seq, cancellationToken);
    }

    /// <summary>The sequence numbers stored for the track, ascending.</summary>
    public async Task<IReadOnlyList<int>> ListAsync(AnswerTrack track, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        return await ListAsync(connection, track, cancellationToken);
    }

    private async Task<IReadOnlyList<int>> ListAsync(DbConnection connection, AnswerTrack track, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using var command = Command(connection, """
            SELECT Seq FROM AnswerChunks
            WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Kind = @Kind
            ORDER BY Seq
            """, track, seq: null, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var seqs = new List<int>();
        while (await reader.ReadAsync(cancellationToken)) seqs.Add(reader.GetInt32(0));
        return seqs;
    }

    /// <summary>Every readable chunk of the track, ascending by seq, in one query (none once its key is shredded).</summary>
    public async Task<IReadOnlyList<AnswerChunk>> ReadAllAsync(AnswerTrack track, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        await using var command = Command(connection, SelectRow + """
            WHERE c.InterviewId = @InterviewId AND c.QuestionId = @QuestionId AND c.Kind = @Kind
            ORDER BY c.Seq
            """, track, seq: null);
        var rows = new List<ChunkRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) rows.Add(ChunkRow.Read(reader));
        var mediaKey = rows.Any(r => r.Sealed && r.MediaKeyed) ? await KeyAsync(rows.First(r => r.Sealed && r.MediaKeyed), track, cancellationToken) : null;
        var interviewKey = rows.Any(r => r.Sealed && !r.MediaKeyed) ? await KeyAsync(rows.First(r => r.Sealed && !r.MediaKeyed), track, cancellationToken) : null;
        var opened = new StoredChunk?[rows.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, rows.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, cancellation) => opened[i] = await OpenAsync(rows[i], track, rows[i].MediaKeyed ? mediaKey : interviewKey, cancellation));
        return [.. opened.OfType<StoredChunk>().Select(c => c.Chunk)];
    }

    /// <summary>A row as <see cref="SelectRow"/> reads it.</summary>
    private sealed record ChunkRow(int Seq, string ContentType, byte[] Payload, DateTimeOffset ReceivedAt, bool Sealed, string? ObjectKey, bool MediaKeyed)
    {
        public static ChunkRow Read(DbDataReader reader) => new(
            reader.GetInt32(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetBoolean(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetBoolean(6));
    }

    /// <summary>The key that sealed the row: the interview's media key, or for rows sealed before it existed the interview's
    /// own; null when the row is not sealed or the key was shredded.</summary>
    private async Task<byte[]?> KeyAsync(ChunkRow row, AnswerTrack track, CancellationToken cancellationToken) =>
        !row.Sealed ? null : await keys.FindAsync(row.MediaKeyed ? MediaKey.SubjectOf(track.InterviewId) : track.InterviewId, cancellationToken);

    /// <summary>The row's chunk opened with the key that sealed it; null when it is sealed and its key is gone, or its object was deleted.</summary>
    private async Task<StoredChunk?> OpenAsync(ChunkRow row, AnswerTrack track, byte[]? key, CancellationToken cancellationToken)
    {
        if (row.Sealed && key is null) return null;
        var payload = row.ObjectKey is null ? row.Payload : await ObjectsFor(row.ObjectKey).GetAsync(row.ObjectKey, cancellationToken);
        if (payload is null) return null;
        if (row.Sealed) payload = ChunkSeal.Open(key!, track, row.Seq, payload);
        return new StoredChunk(new AnswerChunk(track, row.Seq, row.ContentType, payload), row.ReceivedAt);
    }

    private MediaObjectStore ObjectsFor(string objectKey) => objects ?? throw new InvalidOperationException(
        $"Chunk '{objectKey}' is in the media object store, but Storage:Media:Provider is not S3 on this node.");

    /// <summary>Where the track stands. Called after every upload, so the common case — no gap — is answered from the
    /// count and the highest seq without reading every stored seq; only a track with gaps lists them.</summary>
    public async Task<ChunkSequence> SequenceAsync(AnswerTrack track, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        return await SequenceAsync(connection, track, cancellationToken);
    }

    private async Task<ChunkSequence> SequenceAsync(DbConnection connection, AnswerTrack track, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using (var command = Command(connection, """
            SELECT COUNT(*), MAX(Seq) FROM AnswerChunks
            WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Kind = @Kind
            """, track, seq: null, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            var count = Convert.ToInt64(reader.GetValue(0));
            if (count == 0) return ChunkSequence.Of([]);
            if (count == Convert.ToInt64(reader.GetValue(1)) + 1) return new ChunkSequence((int)count, []);
        }
        return ChunkSequence.Of(await ListAsync(connection, track, cancellationToken, transaction));
    }

    /// <summary>Deletes every chunk of the interview (both kinds, every answer); returns how many rows went.</summary>
    public async Task<int> DeleteInterviewAsync(Guid interviewId, CancellationToken cancellationToken = default)
    {
        // The bytes go first, then the key: should the row delete then fail, what is left are rows whose media read as gone.
        if (objects is not null) await objects.DeletePrefixAsync(MediaObjectStore.InterviewPrefix(interviewId), cancellationToken);
        await keys.ShredSubjectAsync(MediaKey.SubjectOf(interviewId), cancellationToken);
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        await using var command = connection.CreateCommand();
        // Rows under the shredded media key need no overwriting; rows sealed under the interview's own key (which still seals
        // its report) would otherwise leave their bytes in free pages of the SQLite file until reused. The pragma holds for
        // the pooled connection, so it is set both ways.
        command.CommandText = database.Provider == StorageProvider.Sqlite
            ? """
              PRAGMA secure_delete = ON;
              DELETE FROM AnswerChunks WHERE InterviewId = @InterviewId AND MediaKey = 0;
              PRAGMA secure_delete = OFF;
              DELETE FROM AnswerChunks WHERE InterviewId = @InterviewId;
              """
            : "DELETE FROM AnswerChunks WHERE InterviewId = @InterviewId";
        Add(command, "InterviewId", InterviewIdParameter(interviewId));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes one chunk; returns 1 when it was stored, 0 otherwise.</summary>
    public async Task<int> DeleteAsync(AnswerTrack track, int seq, CancellationToken cancellationToken = default)
    {
        await using var connection = await AdoNetTarget.OpenAsync(database, cancellationToken);
        if (objects is not null && await ObjectKeyAsync(connection, track, seq, cancellationToken) is { } objectKey)
            await objects.DeleteAsync(objectKey, cancellationToken);
        await using var command = Command(connection, """
            DELETE FROM AnswerChunks
            WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Kind = @Kind AND Seq = @Seq
            """, track, seq);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The smallest sequence number not stored yet, counting from 0.</summary>
    public async Task<int> NextExpectedSeqAsync(AnswerTrack track, CancellationToken cancellationToken = default) =>
        (await SequenceAsync(track, cancellationToken)).NextExpectedSeq;

    private async Task<StoredChunk?> ReadAsync(DbConnection connection, AnswerTrack track, int seq, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using var command = Command(connection, SelectRow + """
            WHERE c.InterviewId = @InterviewId AND c.QuestionId = @QuestionId AND c.Kind = @Kind AND c.Seq = @Seq
            """, track, seq, transaction);
        ChunkRow? row;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            row = await reader.ReadAsync(cancellationToken) ? ChunkRow.Read(reader) : null;
        if (row is null) return null;
        return await OpenAsync(row, track, await KeyAsync(row, track, cancellationToken), cancellationToken);
    }

    private async Task<string?> ObjectKeyAsync(DbConnection connection, AnswerTrack track, int seq, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            SELECT ObjectKey FROM AnswerChunks
            WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Kind = @Kind AND Seq = @Seq
            """, track, seq);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private DbCommand Command(DbConnection connection, string sql, AnswerTrack track, int? seq, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Add(command, "InterviewId", InterviewIdParameter(track.InterviewId));
        Add(command, "QuestionId", track.AnswerKey);
        Add(command, "Kind", track.Kind.Name());
        if (seq is { } value) Add(command, "Seq", value);
        return command;
    }

    // PostgreSQL keeps the id as uuid; SQLite would store a Guid parameter as a blob, so it gets text.
    private object InterviewIdParameter(Guid interviewId) =>
        database.Provider == StorageProvider.Postgres ? interviewId : interviewId.ToString("D");

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
