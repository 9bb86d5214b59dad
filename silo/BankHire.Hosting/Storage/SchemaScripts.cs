using System.Reflection;

namespace BankHire.Hosting.Storage;

/// <summary>The DDL scripts embedded in this assembly (deploy/postgres/*.sql and Storage/Sqlite/*.sql),
/// in the order they must be applied: by file name, NNN- prefix first.</summary>
internal static class SchemaScripts
{
    public sealed record Script(string Name, string Sql);

    public static IReadOnlyList<Script> For(StorageProvider provider) => In(provider switch
    {
        StorageProvider.Sqlite => ".Storage.Sqlite.",
        StorageProvider.Postgres => ".Storage.Postgres.",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    }, provider);

    /// <summary>The key store's scripts (Storage/KeyStore/Sqlite, deploy/postgres/keystore).</summary>
    public static IReadOnlyList<Script> ForKeyStore(StorageProvider provider) => In(provider switch
    {
        StorageProvider.Sqlite => ".Storage.KeyStore.Sqlite.",
        StorageProvider.Postgres => ".Storage.KeyStore.Postgres.",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    }, provider);

    /// <summary>The embedded chunk database's scripts (Storage/ChunkDatabase/Sqlite); PostgreSQL keeps chunks in the data database.</summary>
    public static IReadOnlyList<Script> ForChunkDatabase() => In(".Storage.ChunkDatabase.Sqlite.", StorageProvider.Sqlite);

    private static IReadOnlyList<Script> In(string folder, StorageProvider provider)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.Contains(folder, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new Script(name[(name.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..], Read(assembly, name)))
            .ToList();
        return scripts.Count > 0
            ? scripts
            : throw new InvalidOperationException($"No embedded {provider} schema scripts (*{folder}*.sql) in {assembly.GetName().Name}.");
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
