using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BankHire.Answers;
using BankHire.Cluster;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankHire.Tests.Storage;

/// <summary>
/// Media at campus scale: chunk bytes in an S3-compatible bucket (s3rver, a real S3 server) beside PostgreSQL. What the
/// bucket holds is sealed, the row holds no media, erasure and retention reach the bucket, and an object store that
/// does not answer refuses the upload (503 upstream) without acknowledging anything.
/// </summary>
public sealed class MediaObjectStoreTests
{
    private static readonly byte[] Frame = [0xFF, 0xD8, 0xFF, 0xE0, .. "a face that must not be readable in the bucket"u8];

    [ObjectStoreFact]
    public async Task The_bucket_holds_only_sealed_bytes_and_the_row_none()
    {
        await using var database = await DatabaseAsync();
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var stream = NewStream();

        await store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame, Owner: Guid.NewGuid()));

        var objects = await ObjectsAsync(database.Options.Media, MediaObjectStore.InterviewPrefix(stream.InterviewId));
        var stored = Assert.Single(objects);
        Assert.Equal(Frame.Length + EnvelopeCipher.Overhead, stored.Bytes.Length);
        Assert.Equal(-1, stored.Bytes.AsSpan().IndexOf("must not be readable"u8));
        Assert.Empty(await RowPayloadAsync(database.Options, stream));
        Assert.Equal(Frame, (await store.ReadAsync(stream, 0))!.Chunk.Payload);
    }

    [ObjectStoreFact]
    public async Task Deleting_an_interview_deletes_its_objects_and_no_one_elses()
    {
        await using var database = await DatabaseAsync();
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var (gone, kept) = (NewStream(), NewStream());
        foreach (var seq in Enumerable.Range(0, 3))
        {
            await store.StoreAsync(new AnswerChunk(gone, seq, "image/jpeg", [.. Frame, (byte)seq]));
            await store.StoreAsync(new AnswerChunk(gone with { Kind = ChunkKind.Audio }, seq, "audio/L16", [1, 0, (byte)seq, 0]));
            await store.StoreAsync(new AnswerChunk(kept, seq, "image/jpeg", [.. Frame, (byte)seq]));
        }
        // A refused resend leaves an upload behind: the interview's prefix still covers it.
        await Assert.ThrowsAsync<ChunkConflictException>(() => store.StoreAsync(new AnswerChunk(gone, 0, "image/jpeg", [0xFF, 0xD8, 9])));
        Assert.Equal(7, (await ObjectsAsync(database.Options.Media, MediaObjectStore.InterviewPrefix(gone.InterviewId))).Count);

        Assert.Equal(6, await store.DeleteInterviewAsync(gone.InterviewId));

        Assert.Empty(await ObjectsAsync(database.Options.Media, MediaObjectStore.InterviewPrefix(gone.InterviewId)));
        Assert.Empty(await store.ListAsync(gone));
        Assert.Equal(3, (await store.ReadAllAsync(kept)).Count);
        Assert.Equal(1, await store.DeleteAsync(kept, 1));
        Assert.Equal(2, (await ObjectsAsync(database.Options.Media, MediaObjectStore.InterviewPrefix(kept.InterviewId))).Count);
        Assert.Null(await store.ReadAsync(kept, 1));
    }

    [ObjectStoreFact]
    public async Task Shredding_the_candidates_key_leaves_the_objects_unreadable()
    {
        await using var database = await DatabaseAsync();
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var (candidate, stream) = (Guid.NewGuid(), NewStream());
        await store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame, candidate));

        await DataKeyStore.For(database.Options).ShredAsync(candidate, [stream.InterviewId]);

        Assert.Single(await ObjectsAsync(database.Options.Media, MediaObjectStore.InterviewPrefix(stream.InterviewId))); // a copy the purge has not reached ...
        Assert.Null(await store.ReadAsync(stream, 0));                                                                   // ... reads as gone
    }

    [ObjectStoreFact]
    public async Task An_object_store_that_does_not_answer_refuses_the_chunk_and_nothing_is_acknowledged()
    {
        await using var database = await DatabaseAsync();
        database.Options.Media.ServiceUrl = $"http://127.0.0.1:{FreePorts.Take(1)[0]}/";
        database.Options.Media.TimeoutSeconds = 2;
        var store = new ChunkStore(database.Options, TimeProvider.System);
        var stream = NewStream();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.StoreAsync(new AnswerChunk(stream, 0, "image/jpeg", Frame)));

        Assert.Empty(await store.ListAsync(stream));
        Assert.Equal(0, await store.NextExpectedSeqAsync(stream));
    }

    [ObjectStoreFact]
    public async Task A_node_is_ready_only_while_its_object_store_answers()
    {
        await using var database = await DatabaseAsync();
        var away = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = database.Options.ConnectionString, Media = await S3Server.MediaOptionsAsync() };
        away.Media.ServiceUrl = $"http://127.0.0.1:{FreePorts.Take(1)[0]}/";
        away.Media.TimeoutSeconds = 2;

        Assert.Equal(HealthStatus.Healthy, await ReadinessAsync(database.Options));
        Assert.Equal(HealthStatus.Unhealthy, await ReadinessAsync(away));
        Assert.Equal(HealthStatus.Healthy, await ReadinessAsync(new StorageOptions())); // media in the database: nothing more to reach
    }

    private static async Task<HealthStatus> ReadinessAsync(StorageOptions options)
    {
        using var check = new MediaStoreHealthCheck(options);
        var registration = new HealthCheckRegistration("media", check, HealthStatus.Unhealthy, ["ready"]);
        return (await check.CheckHealthAsync(new HealthCheckContext { Registration = registration })).Status;
    }

    private static async Task<ITestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        database.Options.Media = await S3Server.MediaOptionsAsync();
        await SchemaInstaller.ApplyAsync(database.Options);
        return database;
    }

    private static AnswerTrack NewStream() => new(Guid.NewGuid(), "q-" + Guid.NewGuid().ToString("N")[..8], ChunkKind.Frame);

    /// <summary>What the bucket holds under the prefix, read with a client of the test's own.</summary>
    private static async Task<List<(string Key, byte[] Bytes)>> ObjectsAsync(MediaStoreOptions media, string prefix)
    {
        using var s3 = new AmazonS3Client(new BasicAWSCredentials(media.AccessKey, media.SecretKey),
            new AmazonS3Config { ServiceURL = media.ServiceUrl, ForcePathStyle = true, AuthenticationRegion = media.Region });
        var listing = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = media.Bucket, Prefix = prefix });
        var objects = new List<(string, byte[])>();
        foreach (var entry in listing.S3Objects ?? [])
        {
            using var response = await s3.GetObjectAsync(media.Bucket, entry.Key);
            using var bytes = new MemoryStream();
            await response.ResponseStream.CopyToAsync(bytes);
            objects.Add((entry.Key, bytes.ToArray()));
        }
        return objects;
    }

    private static async Task<byte[]> RowPayloadAsync(StorageOptions options, AnswerTrack stream)
    {
        await using var connection = await AdoNetTarget.OpenAsync(options.ChunkDatabase, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Payload FROM AnswerChunks WHERE InterviewId = @InterviewId AND QuestionId = @QuestionId AND Seq = 0";
        var id = command.CreateParameter(); id.ParameterName = "InterviewId"; id.Value = stream.InterviewId; command.Parameters.Add(id);
        var question = command.CreateParameter(); question.ParameterName = "QuestionId"; question.Value = stream.AnswerKey; command.Parameters.Add(question);
        return (byte[])(await command.ExecuteScalarAsync())!;
    }
}
