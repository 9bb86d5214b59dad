using BankHire.Tests.Support;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>A test that needs PostgreSQL and the local S3 server: skipped (outside CI) when either is missing.</summary>
public sealed class ObjectStoreFactAttribute : FactAttribute
{
    public ObjectStoreFactAttribute() => Skip = PostgresTestEnvironment.SkipReason ?? S3Server.SkipReason;
}
