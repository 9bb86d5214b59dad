namespace BankHire.Hosting.Storage;

/// <summary>The database that holds grain state and reminders (and, for a cluster, membership).</summary>
public enum StorageProvider
{
    /// <summary>Embedded mode: one SQLite file, no server, one process.</summary>
    Sqlite,

    /// <summary>Cluster mode: a PostgreSQL 15+ server shared by every silo.</summary>
    Postgres,
}
