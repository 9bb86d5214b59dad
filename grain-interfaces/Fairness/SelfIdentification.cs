namespace BankHire.Fairness;

/// <summary>
/// What a candidate chose to tell about themselves for the bias audit, under its own consent, apart from the
/// application: nothing here is read by screening or scoring. Each answer may be "preferNotToSay".
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.SelfIdentification")]
public sealed record SelfIdentification(string Sex, string AgeBand, string Ethnicity, DateTimeOffset GivenAt);

/// <summary>The candidate's voluntary self-identification, keyed by candidate id, stored in its own row.</summary>
[Alias("bankhire.ISelfIdentificationGrain")]
public interface ISelfIdentificationGrain : IGrainWithGuidKey
{
    [Alias("Get")] ValueTask<SelfIdentification?> GetAsync();

    [Alias("Give")] ValueTask<SelfIdentification> GiveAsync(string sex, string ageBand, string ethnicity);

    /// <summary>Withdraws the consent: the answers are deleted.</summary>
    [Alias("Withdraw")] ValueTask WithdrawAsync();
}
