using BankHire.Hosting.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankHire.Hosting.Answers;

/// <summary>Ready only when answer media can be stored: always with media in the database (its own check covers it),
/// and with an object store when its bucket answers.</summary>
public sealed class MediaStoreHealthCheck(StorageOptions options) : IHealthCheck, IDisposable
{
    private readonly Lazy<MediaObjectStore?> objects = new(() => MediaObjectStore.For(options));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (objects.Value is not { } store) return HealthCheckResult.Healthy("Answer media are kept in the database.");
        try
        {
            await store.EnsureBucketAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Media object store reachable (bucket '{options.Media.Bucket}').");
        }
        catch (BankHire.Cluster.StorageUnavailableException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, e.Message);
        }
    }

    public void Dispose()
    {
        if (objects.IsValueCreated) objects.Value?.Dispose();
    }
}
