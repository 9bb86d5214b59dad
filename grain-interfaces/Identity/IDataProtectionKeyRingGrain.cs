using System.Collections.Immutable;

namespace BankHire.Identity;

/// <summary>
/// The ASP.NET Core data-protection key ring (it signs HR sign-in cookies) kept in the cluster's store, so
/// every web node of a cluster reads and issues the same cookies (one per deployment, key <see cref="DefaultKey"/>).
/// </summary>
[Alias("bankhire.IDataProtectionKeyRingGrain")]
public interface IDataProtectionKeyRingGrain : IGrainWithStringKey
{
    public const string DefaultKey = "default";

    [Alias("GetAll")] ValueTask<ImmutableArray<string>> GetAllAsync();

    /// <summary>Adds a key's XML under its name; adding a name again changes nothing.</summary>
    [Alias("Add")] ValueTask AddAsync(string name, string xml);
}
