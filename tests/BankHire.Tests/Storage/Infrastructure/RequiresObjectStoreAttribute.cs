namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>Marks a test class that binds a storage contract suite to the media object store (s3rver, see
/// <see cref="Support.S3Server"/>); its <see cref="StorageContractFactAttribute"/> tests are skipped without it outside CI.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresObjectStoreAttribute : Attribute;
