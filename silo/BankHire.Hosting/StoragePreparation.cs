using BankHire.Hosting.Storage;

namespace BankHire.Hosting;

public static class StoragePreparation
{
    /// <summary>Before the silo starts: create or upgrade the schema when configured to (always for the embedded database).</summary>
    public static Task PrepareStorageAsync(this BankHireOptions options, CancellationToken ct = default)
    {
        var storage = options.ResolvedStorage();
        var apply = options.Role == OrleansRole.Silo && (storage.Provider == StorageProvider.Sqlite || storage.ApplySchemaOnStart);
        return apply ? SchemaInstaller.ApplyAsync(storage, ct) : Task.CompletedTask;
    }
}
