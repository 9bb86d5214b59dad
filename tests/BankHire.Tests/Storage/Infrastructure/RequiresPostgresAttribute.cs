namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>Marks a test class that binds a storage contract suite to PostgreSQL; its
/// <see cref="StorageContractFactAttribute"/> tests are then skipped like <see cref="PostgresFactAttribute"/> ones.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
