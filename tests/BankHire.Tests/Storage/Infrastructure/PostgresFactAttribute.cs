namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>A test that needs PostgreSQL: skipped when <see cref="PostgresTestEnvironment.SkipReason"/> says so.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestEnvironment.SkipReason;
}
