using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;

namespace BankHire.Tests.Storage;

// The chunk store contract, bound to each database.

public sealed class SqliteChunkStoreTests() : ChunkStoreContract(StorageProvider.Sqlite);

[RequiresPostgres]
public sealed class PostgresChunkStoreTests() : ChunkStoreContract(StorageProvider.Postgres);

[RequiresPostgres, RequiresObjectStore]
public sealed class PostgresObjectStoreChunkStoreTests() : ChunkStoreContract(StorageProvider.Postgres, MediaStoreProvider.S3);
