using Xunit.Sdk;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>A test of a storage contract suite (an abstract base class run once per database); whether it
/// may be skipped depends on the concrete class, see <see cref="RequiresPostgresAttribute"/>.</summary>
[XunitTestCaseDiscoverer("BankHire.Tests.Storage.Infrastructure.StorageContractFactDiscoverer", "BankHire.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageContractFactAttribute : FactAttribute;
