using BankHire.Hosting.Storage;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>A database of its own for one test fixture, with the schema installed, removed when disposed.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    StorageOptions Options { get; }
}

internal static class TestDatabase
{
    public static async Task<ITestDatabase> CreateAsync(StorageProvider provider, bool installSchema = true) => provider switch
    {
        StorageProvider.Sqlite => await SqliteTestDatabase.CreateAsync(installSchema),
        StorageProvider.Postgres => await PostgresTestDatabase.CreateAsync(installSchema),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>A ServiceId of its own, so that rows of different tests and runs never meet.</summary>
    public static string NewServiceId() => "bankhire-test-" + Guid.NewGuid().ToString("N");
}
