using System.Data.Common;
using BankHire.Cluster;

namespace BankHire.Hosting.Cluster;

/// <summary>Which exceptions mean "the storage is away" rather than "the request or the code is wrong".</summary>
public static class StorageFaults
{
    /// <summary>The first database or object-store fault in the exception's chain (storage providers wrap the driver's exception), if any.</summary>
    public static Exception? Find(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or StorageUnavailableException) return e;
        }
        return null;
    }

    /// <summary>The fault as the one type clients understand, without the driver's internals (hosts, SQL) in it.</summary>
    public static StorageUnavailableException Translate(Exception fault) => fault as StorageUnavailableException
        ?? new StorageUnavailableException($"Storage unavailable ({fault.GetType().Name}); nothing was written. Retry in a few seconds.");
}
