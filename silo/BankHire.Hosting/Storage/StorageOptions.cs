namespace BankHire.Hosting.Storage;

/// <summary>Where and how BankHire keeps Orleans state; bind it from configuration (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SqliteFileName = "bankhire.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Npgsql connection string (Host=…;Username=…;Password=…;Database=…); used with <see cref="StorageProvider.Postgres"/>.
    /// Without an explicit Maximum Pool Size, each silo pools at most 20 connections.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the embedded database, <c>&lt;DataDirectory&gt;/bankhire.db</c>; used with <see cref="StorageProvider.Sqlite"/>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>When true, a silo installs or upgrades the schema (idempotently) as it starts.</summary>
    public bool ApplySchemaOnStart { get; set; } = true;

    /// <summary>The master key file (<see cref="Encryption.MasterKeyRing"/>): a mounted secret in a cluster, which must exist.
    /// Unset: <c>&lt;DataDirectory&gt;/master-keys.json</c>, created with a new key on first run.</summary>
    public string? MasterKeyFile { get; set; }

    /// <summary>Where answer media live: the database (default) or an S3-compatible object store beside it.</summary>
    public MediaStoreOptions Media { get; set; } = new();

    public string MasterKeyPath => Path.GetFullPath(MasterKeyFile ?? Path.Combine(DataDirectory, "master-keys.json"));

    public string SqliteDatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, SqliteFileName));

    internal string RequirePostgresConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException(
                "Storage:ConnectionString is required when Storage:Provider is Postgres " +
                "(e.g. Host=db;Port=5432;Username=bankhire;Password=…;Database=bankhire).")
            : PostgresConnectionString.WithDefaults(ConnectionString);
}
