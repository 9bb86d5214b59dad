using BankHire.Hosting.Storage;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>An embedded database in a temporary folder of its own.</summary>
internal sealed class SqliteTestDatabase : ITestDatabase
{
    private SqliteTestDatabase(string directory) =>
        Options = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = directory };

    public StorageOptions Options { get; }

    public static async Task<SqliteTestDatabase> CreateAsync(bool installSchema)
    {
        var database = new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), "bankhire-tests", Guid.NewGuid().ToString("N")));
        if (installSchema)
        {
            await SchemaInstaller.ApplyAsync(database.Options);
        }
        return database;
    }

    public ValueTask DisposeAsync()
    {
        // No SqliteConnection.ClearAllPools() here: it clears every pool in the process and can dispose the
        // native handle of a connection a parallel test has just opened. Linux deletes open files anyway.
        if (Directory.Exists(Options.DataDirectory))
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
