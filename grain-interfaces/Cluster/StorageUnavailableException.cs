namespace BankHire.Cluster;

/// <summary>
/// The database or object store behind a silo did not answer (stopped, restarting, unreachable). Nothing was
/// acknowledged, so the caller may repeat the request; the web answers 503 with Retry-After. Silos throw this one type
/// in place of their providers' exceptions (Npgsql, SQLite, S3), which clients could not deserialise.
/// </summary>
[GenerateSerializer, Alias("bankhire.StorageUnavailableException")]
public sealed class StorageUnavailableException(string message) : Exception(message);
