namespace BankHire.Tests.Storage.Probes;

/// <summary>A grain whose only job is to keep one value in the default grain storage.</summary>
[Alias("BankHire.Tests.Storage.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    [Alias("Set")]
    Task SetAsync(string value);

    [Alias("Get")]
    Task<string?> GetAsync();
}
