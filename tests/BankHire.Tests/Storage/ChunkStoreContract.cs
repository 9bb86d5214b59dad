using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Support;

namespace BankHire.Tests.Storage;

/// <summary>The answer chunk store, per database (and with media in an object store): what it acknowledged it keeps,
/// once per sequence number.</summary>
public abstract class ChunkStoreContract(StorageProvider provider, MediaStoreProvider media = MediaStoreProvider.Database)
{
    private static readonly byte[] Frame = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];

    [StorageContractFact]
    public async Task A_stored_chunk_reads_back_with_its_bytes_type_and_receipt_time()
    {
        await using var database = await DatabaseAsync();
        var store = Store(database);
        var stream = NewStream(ChunkKind.Frame);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        Assert.True(await store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame)));

        var stored = await store.ReadAsync(stream, 0);
        Assert.NotNull(stored);
        Assert.Equal(Frame, stored.Chunk.Payload);
        Assert.Equal("image/jpeg", stored.Chunk.ContentType);
        Assert.InRange(stored.ReceivedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Null(await store.ReadAsync(stream, 1));
        Assert.Null(await store.ReadAsync(stream with { Kind = ChunkKind.Audio }, 0));
    }

    [StorageContractFact]
    public async Task Every_chunk_of_a_stream_reads_back_in_seq_order_and_no_other_streams()
    {
        await using var database = await DatabaseAsync();
        var store = Store(database);
        var stream = NewStream(ChunkKind.Audio);
        foreach (var seq in new[] { 2, 0, 1 }) await store.StoreAsync(new AnswerChunk(stream, seq, "audio/L16", [(byte)seq, 0]));
        await store.StoreAsync(new AnswerChunk(stream with { AnswerKey = stream.AnswerKey + "~1" }, 0, "audio/L16", [9, 0]));

        var all = await store.ReadAllAsync(stream);

        Assert.Equal([0, 1, 2], all.Select(c => c.Seq));
        Assert.Equal([0, 1, 2], all.Select(c => (int)c.Payload[0]));
        Assert.All(all, c => Assert.Equal(stream, c.Track));
    }

    [StorageContractFact]
    public async Task Storing_the_same_chunk_again_is_acknowledged_and_kept_once()
    {
        await using var database = await DatabaseAsync();
        var store = Store(database);
        var chunk = new AnswerChunk(NewStream(ChunkKind.Audio), 3, "audio/L16", [1, 0, 2, 0]);

        Assert.True(await store.StoreAsync(chunk));
        Assert.False(await store.StoreAsync(chunk));

        Assert.Equal([3], await store.ListAsync(chunk.Track));
    }

    [StorageContractFact]
    public async Task Different_bytes_for_a_stored_seq_are_refused_and_the_first_bytes_stay()
    {
        await using var database = await DatabaseAsync();
        var store = Store(database);
        var stream = NewStream(ChunkKind.Frame);
        await store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame));

        var conflict = await Assert.ThrowsAsync<ChunkConflictException>(() =>
            store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", [0xFF, 0xD8, 9])));

        Assert.Equal(0, conflict.Seq);
        Assert.Equal(Frame, (await store.ReadAsync(stream, 0))!.Chunk.Payload);
    }

    [StorageContractFact]
    public async Task The_next_expected_seq_is_the_first_gap_and_every_gap_is_listed()
    {
        await using var database = await DatabaseAsync();
        var store = Store(database);
        var stream = NewStream(ChunkKind.Frame);
        Assert.Equal(0, await store.NextExpectedSeqAsync(stream));

        foreach (var seq in new[] { 0, 1, 4, 2, 7 })
            await store.StoreAsync(new AnswerChunk(stream, seq, "image/jpeg", Frame));

        Assert.Equal([0, 1, 2, 4, 7], await store.ListAsync(stream));
        var sequence = await store.SequenceAsync(stream);
        Assert.Equal(3, sequence.NextExpectedSeq);
        Assert.Equal([3, 5, 6], sequence.MissingSeqs);
        var resent = await store.ReceiveAsync(new AnswerChunk(stream, 7, "image/jpeg", Frame)); // the upload's own answer, from its commit
        Assert.False(resent.Stored);
        Assert.Equal(3, resent.Sequence.NextExpectedSeq);
        Assert.Equal([3, 5, 6], resent.Sequence.MissingSeqs);

        foreach (var seq in new[] { 3, 5, 6 })
            await store.StoreAsync(new AnswerChunk(stream, seq, "image/jpeg", Frame));
        Assert.Equal(8, await store.NextExpectedSeqAsync(stream));
        Assert.Equal(0, await store.NextExpectedSeqAsync(stream with { AnswerKey = "another-question" }));
    }

    [StorageContractFact]
    public async Task Chunks_survive_reopening_the_database_and_reinstalling_the_schema()
    {
        await using var database = await DatabaseAsync();
        var stream = NewStream(ChunkKind.Audio);
        await Store(database).StoreAsync(new AnswerChunk(stream, 0, "audio/L16", [5, 6]));

        await SchemaInstaller.ApplyAsync(database.Options);
        var reopened = new ChunkStore(
            new StorageOptions { Provider = provider, DataDirectory = database.Options.DataDirectory, ConnectionString = database.Options.ConnectionString, Media = database.Options.Media },
            TimeProvider.System);

        Assert.Equal([5, 6], (await reopened.ReadAsync(stream, 0))!.Chunk.Payload);
        Assert.False(await reopened.StoreAsync(new AnswerChunk(stream, 0, "audio/L16", [5, 6])));
    }

    [StorageContractFact]
    public async Task Concurrent_uploads_with_resends_and_a_conflict_are_each_committed_once_and_answered_alone()
    {
        await using var database = await DatabaseAsync();
        await using var store = Store(database);
        var streams = Enumerable.Range(0, 8).Select(_ => NewStream(ChunkKind.Frame)).ToList();
        var chunks = streams.SelectMany(s => Enumerable.Range(0, 25).Select(seq => new AnswerChunk(s, seq, "image/jpeg", [0xFF, 0xD8, (byte)seq]))).ToList();

        // Every chunk twice at once (a resend racing its original) and one different body for a seq: all in flight together.
        var uploads = chunks.Concat(chunks).Select(c => store.StoreAsync(c)).ToList();
        var conflicting = store.StoreAsync(chunks[0] with { Payload = [0xFF, 0xD8, 0xEE] });
        var answers = await Task.WhenAll(uploads);

        Assert.Equal(chunks.Count, answers.Count(stored => stored));
        await Assert.ThrowsAsync<ChunkConflictException>(() => conflicting);
        foreach (var stream in streams)
        {
            var all = await store.ReadAllAsync(stream);
            Assert.Equal(Enumerable.Range(0, 25), all.Select(c => c.Seq));
            Assert.All(all, c => Assert.Equal((byte)c.Seq, c.Payload[2]));
        }
    }

    private static ChunkStore Store(ITestDatabase database) => new(database.Options, TimeProvider.System);

    /// <summary>A database of the test's own; with an object store, a bucket of its own on the shared s3rver too.</summary>
    private async Task<ITestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync(provider);
        if (media == MediaStoreProvider.S3)
        {
            database.Options.Media = await S3Server.MediaOptionsAsync();
            await SchemaInstaller.ApplyAsync(database.Options);
        }
        return database;
    }

    private static AnswerTrack NewStream(ChunkKind kind) => new(Guid.NewGuid(), "q-" + Guid.NewGuid().ToString("N")[..8], kind);
}
