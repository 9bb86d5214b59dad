using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;

namespace BankHire.Tests.Storage;

// The storage contract suites, bound to PostgreSQL (BANKHIRE_TEST_POSTGRES).

[RequiresPostgres]
public sealed class PostgresStorageContractTests(PostgresStorageClusterFixture fixture)
    : StorageContract(fixture), IClassFixture<PostgresStorageClusterFixture>;

[RequiresPostgres]
public sealed class PostgresSchemaContractTests() : SchemaContract(StorageProvider.Postgres);

[RequiresPostgres]
public sealed class PostgresReminderRestartTests() : ReminderRestartContract(StorageProvider.Postgres);
