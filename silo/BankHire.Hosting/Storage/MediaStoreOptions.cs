namespace BankHire.Hosting.Storage;

/// <summary>Where the sealed bytes of answer chunks (frames, audio) live; section "Storage:Media".</summary>
public sealed class MediaStoreOptions
{
    /// <summary><see cref="MediaStoreProvider.Database"/> (default): in the AnswerChunks rows.
    /// <see cref="MediaStoreProvider.S3"/>: in an S3-compatible bucket, the rows keeping only their metadata.</summary>
    public MediaStoreProvider Provider { get; set; } = MediaStoreProvider.Database;

    /// <summary>The object store's endpoint, e.g. http://minio:9000 or https://s3.cn-north-1.amazonaws.com.cn.</summary>
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "bankhire-media";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>The region the requests are signed for (S3-compatible stores accept any).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>http://host/bucket/key rather than http://bucket.host/key (MinIO, Ceph and most stores on premises).</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>How long one request to the object store may take before the upload is refused (503) and retried by the client.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}

public enum MediaStoreProvider { Database, S3 }
