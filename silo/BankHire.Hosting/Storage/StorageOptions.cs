namespace BankHire.Hosting.Storage;

/// <summary>Where and how BankHire keeps Orleans state; bind it from configuration (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SqliteFileName = "bankhire.db";
    public const string KeyStoreFileName = "data-keys.db";
    public const string ChunkDatabaseFileName = "media.db";

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

    /// <summary>The embedded key store's folder (<see cref="Encryption.DataKeyStore"/>): the data keys live apart from the data
    /// they seal, so a backup of the database holds only ciphertext. Unset: <c>&lt;DataDirectory&gt;/keys</c> (back it up on its
    /// own, short-retention schedule: deploy/BACKUP.md).</summary>
    public string? KeyStoreDirectory { get; set; }

    /// <summary>The PostgreSQL key store's connection string: a database of its own, never in the data database's backups.
    /// Unset: the data database's server and credentials, database <c>&lt;Database&gt;_keys</c> (created when missing).</summary>
    public string? KeyStoreConnectionString { get; set; }

    /// <summary>Where answer media live: the database (default) or an S3-compatible object store beside it.</summary>
    public MediaStoreOptions Media { get; set; } = new();

    public string MasterKeyPath => Path.GetFullPath(MasterKeyFile ?? Path.Combine(DataDirectory, "master-keys.json"));

    public string SqliteDatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));

    /// <summary>The embedded database's file name in <see cref="DataDirectory"/> (the key store's differs).</summary>
    internal string DatabaseFileName { get; init; } = SqliteFileName;

    /// <summary>Where answer chunks are written. Embedded: a file of its own, <c>&lt;DataDirectory&gt;/media.db</c>, because SQLite
    /// has one write lock per file and a campus peak keeps the chunk writer on it almost all the time: grain state waiting
    /// behind it timed out ("database is locked") at 100 live candidates. PostgreSQL locks rows, not files: the data database.</summary>
    public StorageOptions ChunkDatabase => Provider != StorageProvider.Sqlite ? this : new()
    {
        Provider = Provider,
        DataDirectory = DataDirectory,
        DatabaseFileName = ChunkDatabaseFileName,
        ApplySchemaOnStart = ApplySchemaOnStart,
        MasterKeyFile = MasterKeyFile,
        KeyStoreDirectory = KeyStoreDirectory ?? Path.Combine(DataDirectory, "keys"),
        Media = Media,
    };

    /// <summary>The key store's own database, with the same provider.</summary>
    public StorageOptions KeyStore => new()
    {
        Provider = Provider,
        DataDirectory = KeyStoreDirectory ?? Path.Combine(DataDirectory, "keys"),
        DatabaseFileName = KeyStoreFileName,
        ConnectionString = KeyStoreConnectionString ?? PostgresConnectionString.KeyStoreOf(ConnectionString),
        ApplySchemaOnStart = ApplySchemaOnStart,
    };

    internal string RequirePostgresConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException(
                "Storage:ConnectionString is required when Storage:Provider is Postgres " +
                "(e.g. Host=db;Port=5432;Username=bankhire;Password=…;Database=bankhire).")
            : PostgresConnectionString.WithDefaults(ConnectionString);
}
