using Xunit.Abstractions;
using Xunit.Sdk;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>Discovers <see cref="StorageContractFactAttribute"/> tests, skipping those of
/// <see cref="RequiresPostgresAttribute"/> classes when PostgreSQL is not configured and those of
/// <see cref="RequiresObjectStoreAttribute"/> classes when s3rver is not installed (outside CI).</summary>
public sealed class StorageContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var needsObjectStore = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresObjectStoreAttribute)).Any();
        var skipReason = (needsPostgres ? PostgresTestEnvironment.SkipReason : null) ?? (needsObjectStore ? Support.S3Server.SkipReason : null);

        yield return skipReason is null
            ? new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)
            : new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, skipReason);
    }
}
