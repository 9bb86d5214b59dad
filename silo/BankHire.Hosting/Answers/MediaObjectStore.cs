using System.Net;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BankHire.Answers;
using BankHire.Cluster;
using BankHire.Hosting.Storage;

namespace BankHire.Hosting.Answers;

/// <summary>
/// The sealed bytes of answer chunks in an S3-compatible bucket beside the database (<see cref="MediaStoreProvider.S3"/>).
/// It only ever receives what <see cref="ChunkSeal"/> sealed under the interview's data key, so the bucket, its
/// replicas and backups hold nothing readable once that key is shredded. Objects of one interview share a prefix, which
/// is how erasure and retention delete them. Any failure to reach the store is a <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class MediaObjectStore : IDisposable
{
    private const int DeleteBatch = 1000;
    private readonly AmazonS3Client client;
    private readonly string bucket;

    public MediaObjectStore(MediaStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
            throw new InvalidOperationException("Storage:Media:ServiceUrl is required when Storage:Media:Provider is S3 (e.g. http://minio:9000).");
        bucket = options.Bucket;
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            MaxErrorRetry = 2,
            // Plain signed payloads: what every S3-compatible store understands (no streaming checksum trailers).
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        AWSCredentials credentials = options.AccessKey is { Length: > 0 } access
            ? new BasicAWSCredentials(access, options.SecretKey)
            : new AnonymousAWSCredentials();
        client = new AmazonS3Client(credentials, config);
    }

    public static MediaObjectStore? For(StorageOptions options) =>
        options.Media.Provider == MediaStoreProvider.S3 ? new MediaObjectStore(options.Media) : null;

    /// <summary>The key of a chunk's sealed bytes. The suffix is a keyed hash of the plain bytes (under the interview's
    /// data key, so it says nothing once that key is shredded): a resend of the same bytes lands on the same object, a
    /// conflicting one on another, which never replaces what was acknowledged.</summary>
    public static string KeyFor(AnswerTrack track, int seq, byte[] dataKey, byte[] payload)
    {
        var digest = Convert.ToHexStringLower(HMACSHA256.HashData(dataKey, payload).AsSpan(0, 16));
        return $"{InterviewPrefix(track.InterviewId)}{Uri.EscapeDataString(track.AnswerKey)}/{track.Kind.Name()}/{seq:D8}-{digest}";
    }

    public static string InterviewPrefix(Guid interviewId) => $"interviews/{interviewId:D}/";

    /// <summary>Creates the bucket unless it exists (deployments that create it themselves may deny this; then it must exist).</summary>
    public Task EnsureBucketAsync(CancellationToken cancellationToken = default) => Reach(async () =>
    {
        try
        {
            // A one-key listing: the request every S3-compatible store implements (not all implement the bucket ACL check).
            await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 }, cancellationToken);
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, cancellationToken);
        }
    });

    /// <summary>Returns once the store has the object (S3 acknowledges a PUT only when it is durable).</summary>
    public Task PutAsync(string key, byte[] sealedPayload, CancellationToken cancellationToken = default) => Reach(async () =>
    {
        using var body = new MemoryStream(sealedPayload, writable: false);
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = body,
            ContentType = "application/octet-track",
            UseChunkEncoding = false,
            AutoCloseStream = false,
        }, cancellationToken);
    });

    /// <summary>The object's bytes; null when it is gone (deleted by erasure or retention).</summary>
    public Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) => Reach<byte[]?>(async () =>
    {
        try
        {
            using var response = await client.GetObjectAsync(bucket, key, cancellationToken);
            using var bytes = new MemoryStream((int)Math.Max(response.ContentLength, 0));
            await response.ResponseStream.CopyToAsync(bytes, cancellationToken);
            return bytes.ToArray();
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    });

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        Reach(() => client.DeleteObjectAsync(bucket, key, cancellationToken));

    /// <summary>Deletes every object under the prefix (an interview's media, with any upload a refused resend left); returns how many.</summary>
    public Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default) => Reach(async () =>
    {
        var deleted = 0;
        while (true)
        {
            // Listing again after each batch rather than paging: the deleted keys are gone from the next listing.
            var listing = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = prefix, MaxKeys = DeleteBatch }, cancellationToken);
            var keys = listing.S3Objects ?? [];
            if (keys.Count == 0) return deleted;
            foreach (var key in keys) await client.DeleteObjectAsync(bucket, key.Key, cancellationToken);
            deleted += keys.Count;
        }
    });

    public void Dispose() => client.Dispose();

    private static async Task Reach(Func<Task> call) => await Reach(async () => { await call(); return true; });

    private static async Task<T> Reach<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
                                  || e is TaskCanceledException { InnerException: TimeoutException })
        {
            throw new StorageUnavailableException($"The media object store did not answer ({e.GetType().Name}: {e.Message}); nothing was stored.");
        }
    }
}
