using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;

namespace BankHire.Tests.Storage;

// The storage contract suites, bound to the embedded SQLite store.

public sealed class SqliteStorageContractTests(SqliteStorageClusterFixture fixture)
    : StorageContract(fixture), IClassFixture<SqliteStorageClusterFixture>;

public sealed class SqliteSchemaContractTests() : SchemaContract(StorageProvider.Sqlite);

public sealed class SqliteReminderRestartTests() : ReminderRestartContract(StorageProvider.Sqlite);
