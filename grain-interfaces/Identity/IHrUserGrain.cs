namespace BankHire.Identity;

/// <summary>One HR user. Keyed by the normalised user name.</summary>
[Alias("bankhire.IHrUserGrain")]
public interface IHrUserGrain : IGrainWithStringKey
{
    [Alias("Get")] ValueTask<HrUserRecord?> GetAsync();

    /// <summary>False if the user already exists.</summary>
    [Alias("Create")] ValueTask<bool> CreateAsync(HrUserRecord user);

    /// <summary>False if <paramref name="expectedConcurrencyStamp"/> is stale (someone else changed the user).</summary>
    [Alias("Update")] ValueTask<bool> UpdateAsync(HrUserRecord user, string expectedConcurrencyStamp);

    [Alias("Delete")] ValueTask DeleteAsync();
}
