namespace BankHire.Banks;

/// <summary>The bank running BankHire (one per deployment, key <see cref="DefaultKey"/>).</summary>
[Alias("bankhire.IBankGrain")]
public interface IBankGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("Get")] ValueTask<BankProfile?> GetAsync();

    [Alias("Set")] ValueTask<BankProfile> SetAsync(BankProfile profile);
}
