using System.Data.Common;
using System.Security.Cryptography;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Support;

namespace BankHire.Tests.Storage;

/// <summary>Answer chunks at rest, per database: sealed under per-candidate data keys, unreadable once those are shredded,
/// older plaintext rows still readable, and a master key rotation that never needs the old key again.</summary>
public abstract class ChunkEncryptionContract(StorageProvider provider)
{
    private static readonly byte[] Frame = [0xFF, 0xD8, 0xFF, 0xE0, .. "a face that must not be readable at rest"u8];

    [StorageContractFact]
    public async Task A_chunk_is_stored_sealed_and_reads_back_as_sent()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var stream = NewStream();

        await store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame, Owner: Guid.NewGuid()));

        var (raw, isSealed) = await RawAsync(database.Options, stream, 0);
        Assert.True(isSealed);
        Assert.Equal(Frame.Length + EnvelopeCipher.Overhead, raw.Length);
        Assert.Equal(-1, raw.AsSpan().IndexOf("must not be readable"u8));
        Assert.Equal(Frame, (await store.ReadAsync(stream, 0))!.Chunk.Payload);
    }

    [StorageContractFact]
    public async Task Shredding_a_candidates_keys_leaves_their_chunks_unreadable_and_everyone_elses_readable()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var (candidate, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (theirs, others) = (NewStream(), NewStream());
        await store.StoreAsync(new AnswerChunk(theirs, 0, "image/jpeg", Frame, candidate));
        await store.StoreAsync(new AnswerChunk(others, 0, "image/jpeg", Frame, other));

        var shredded = await DataKeyStore.For(database.Options).ShredAsync(candidate, [theirs.InterviewId]);

        Assert.Equal(1, shredded);
        Assert.Equal([0], await store.ListAsync(theirs)); // the row is still there (a backup's copy, say) ...
        Assert.Null(await store.ReadAsync(theirs, 0));      // ... and cannot be read
        Assert.Empty(await store.ReadAllAsync(theirs));
        Assert.Equal(Frame, (await store.ReadAsync(others, 0))!.Chunk.Payload);
    }

    [StorageContractFact]
    public async Task A_chunk_stored_before_encryption_reads_as_it_was_stored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stream = NewStream();
        await using (var connection = await AdoNetTarget.OpenAsync(database.Options.ChunkDatabase, CancellationToken.None))
        await using (var insert = Command(connection, database.Options, """
            INSERT INTO AnswerChunks (InterviewId, QuestionId, Kind, Seq, ContentType, SizeBytes, Payload, ReceivedAt)
            VALUES (@InterviewId, @QuestionId, 'frame', 0, 'image/jpeg', 11, @Payload, @ReceivedAt)
            """, stream))
        {
            Add(insert, "Payload", Frame);
            Add(insert, "ReceivedAt", DateTimeOffset.UtcNow);
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(Frame, (await new ChunkStore(database.Options, TimeProvider.System).ReadAsync(stream, 0))!.Chunk.Payload);
    }

    [StorageContractFact]
    public async Task Deleting_an_interviews_media_shreds_their_key_and_leaves_the_interviews_own_key_for_its_report()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = DataKeyStore.For(database.Options);
        var store = new ChunkStore(database.Options, TimeProvider.System, keys);
        var candidate = Guid.NewGuid();
        var (answer, other) = (NewStream(), NewStream());
        var audio = NewStream() with { InterviewId = answer.InterviewId, Kind = ChunkKind.Audio }; // another answer of the interview
        await store.StoreAsync(new AnswerChunk(answer, 0, "image/jpeg", Frame, candidate));
        await store.StoreAsync(new AnswerChunk(audio, 0, "audio/L16;rate=16000", [1, 2, 3, 4], candidate));
        await store.StoreAsync(new AnswerChunk(other, 0, "image/jpeg", Frame, Guid.NewGuid()));
        var interviewKey = await keys.GetOrCreateAsync(answer.InterviewId, candidate); // what seals the interview's report
        var mediaKey = await keys.FindAsync(MediaKey.SubjectOf(answer.InterviewId));
        var (sealedFrame, _) = await RawAsync(database.Options, answer, 0);
        Assert.Equal(Frame, ChunkSeal.Open(mediaKey!, answer, 0, sealedFrame)); // the media have a key of their own

        Assert.Equal(2, await store.DeleteInterviewAsync(answer.InterviewId));

        Assert.Null(await keys.FindAsync(MediaKey.SubjectOf(answer.InterviewId)));  // a copy of the rows (a backup) no longer opens
        Assert.Equal(interviewKey, await keys.FindAsync(answer.InterviewId));       // the report still does
        Assert.Empty(await store.ListAsync(answer));
        Assert.Empty(await store.ListAsync(audio));
        Assert.Equal(Frame, (await store.ReadAsync(other, 0))!.Chunk.Payload);
        // An upload checked just before the deletion and committed just after gets a new key; the late sweep deletes it too.
        await store.StoreAsync(new AnswerChunk(answer, 1, "image/jpeg", Frame, candidate));
        Assert.Equal(Frame, (await store.ReadAsync(answer, 1))!.Chunk.Payload);
        Assert.Equal(1, await store.DeleteInterviewAsync(answer.InterviewId));
    }

    [StorageContractFact]
    public async Task A_chunk_sealed_under_the_interviews_key_before_media_keys_reads_beside_newer_ones_and_is_deleted_with_them()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = DataKeyStore.For(database.Options);
        var store = new ChunkStore(database.Options, TimeProvider.System, keys);
        var candidate = Guid.NewGuid();
        var stream = NewStream();
        var interviewKey = await keys.GetOrCreateAsync(stream.InterviewId, candidate);
        await using (var connection = await AdoNetTarget.OpenAsync(database.Options.ChunkDatabase, CancellationToken.None))
        await using (var insert = Command(connection, database.Options, """
            INSERT INTO AnswerChunks (InterviewId, QuestionId, Kind, Seq, ContentType, SizeBytes, Payload, ReceivedAt, Sealed)
            VALUES (@InterviewId, @QuestionId, 'frame', 0, 'image/jpeg', @Size, @Payload, @ReceivedAt, @Sealed)
            """, stream))
        {
            Add(insert, "Size", Frame.Length);
            Add(insert, "Payload", ChunkSeal.Seal(interviewKey, stream, 0, Frame));
            Add(insert, "ReceivedAt", DateTimeOffset.UtcNow);
            Add(insert, "Sealed", true);
            await insert.ExecuteNonQueryAsync();
        }
        byte[] newer = [0xFF, 0xD8, 0xFF, 0xE1, 7];
        await store.StoreAsync(new AnswerChunk(stream, 1, "image/jpeg", newer, candidate));

        Assert.Equal([Frame, newer], (await store.ReadAllAsync(stream)).Select(c => c.Payload));
        Assert.Equal(Frame, (await store.ReadAsync(stream, 0))!.Chunk.Payload);
        Assert.Equal(2, await store.DeleteInterviewAsync(stream.InterviewId));
        Assert.Empty(await store.ListAsync(stream));
    }

    [StorageContractFact]
    public async Task Sealed_bytes_copied_to_another_row_do_not_open()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var stream = NewStream();
        await store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame));
        await store.StoreAsync(new AnswerChunk(stream, 1, "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE1]));
        var (sealedFirst, _) = await RawAsync(database.Options, stream, 0);

        await using (var connection = await AdoNetTarget.OpenAsync(database.Options.ChunkDatabase, CancellationToken.None))
        await using (var update = Command(connection, database.Options,
            "UPDATE AnswerChunks SET Payload = @Payload WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Seq = 1", stream))
        {
            Add(update, "Payload", sealedFirst);
            await update.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAnyAsync<CryptographicException>(() => store.ReadAsync(stream, 1));
    }

    [StorageContractFact]
    public async Task After_a_master_key_rotation_and_a_rewrap_the_old_master_key_is_never_needed_again()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var keyFolder = new TempDirectory();
        var keyFile = Path.Combine(keyFolder.Path, "master-keys.json");
        var before = MasterKeyRing.Load(keyFile, createIfMissing: true);
        var stream = NewStream();
        await new ChunkStore(database.Options, TimeProvider.System, new DataKeyStore(database.Options, before)).StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame));

        var newId = MasterKeyRing.Rotate(keyFile);
        var rotated = MasterKeyRing.Load(keyFile, createIfMissing: false);
        Assert.Equal(newId, rotated.CurrentId);
        Assert.Contains(before.CurrentId, rotated.Ids);
        // A node still on the old file and one on the new one both read, before and after the rewrap: no downtime.
        Assert.Equal(Frame, (await new ChunkStore(database.Options, TimeProvider.System, new DataKeyStore(database.Options, rotated)).ReadAsync(stream, 0))!.Chunk.Payload);
        Assert.True(await new DataKeyStore(database.Options, rotated).RewrapAsync() >= 1);

        var onlyNew = new MasterKeyRing(newId, new Dictionary<string, byte[]> { [newId] = KeyOf(keyFile, newId) });
        Assert.Equal(Frame, (await new ChunkStore(database.Options, TimeProvider.System, new DataKeyStore(database.Options, onlyNew)).ReadAsync(stream, 0))!.Chunk.Payload);
    }

    private static byte[] KeyOf(string keyFile, string id) =>
        Convert.FromBase64String(System.Text.Json.JsonDocument.Parse(File.ReadAllText(keyFile)).RootElement.GetProperty("keys").GetProperty(id).GetString()!);

    private static async Task<(byte[] Payload, bool Sealed)> RawAsync(StorageOptions options, AnswerTrack stream, int seq)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.ChunkDatabase, CancellationToken.None);
        await using var select = Command(connection, options,
            $"SELECT Payload, Sealed FROM AnswerChunks WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Seq = {seq}", stream);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetFieldValue<byte[]>(0), reader.GetBoolean(1));
    }

    private static DbCommand Command(DbConnection connection, StorageOptions options, string sql, AnswerTrack stream)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "InterviewId", options.Provider == StorageProvider.Postgres ? stream.InterviewId : stream.InterviewId.ToString("D"));
        Add(command, "QuestionId", stream.AnswerKey);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static AnswerTrack NewStream() => new(Guid.NewGuid(), "q-" + Guid.NewGuid().ToString("N")[..8], ChunkKind.Frame);
}

public sealed class SqliteChunkEncryptionTests() : ChunkEncryptionContract(StorageProvider.Sqlite);

[RequiresPostgres]
public sealed class PostgresChunkEncryptionTests() : ChunkEncryptionContract(StorageProvider.Postgres);
