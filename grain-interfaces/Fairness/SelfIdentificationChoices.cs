using System.Collections.Frozen;

namespace BankHire.Fairness;

/// <summary>The answers the self-identification form offers (EEO-1 style sex and race/ethnicity categories, age bands).</summary>
public static class SelfIdentificationChoices
{
    public const string PreferNotToSay = "preferNotToSay";

    public static readonly FrozenSet<string> Sex = FrozenSet.ToFrozenSet(["female", "male", "nonBinary", PreferNotToSay]);

    public static readonly FrozenSet<string> AgeBand = FrozenSet.ToFrozenSet(["under25", "25-34", "35-44", "45-54", "55plus", PreferNotToSay]);

    public static readonly FrozenSet<string> Ethnicity = FrozenSet.ToFrozenSet(
        ["han", "ethnicMinority", "asian", "black", "hispanic", "white", "nativeAmerican", "pacificIslander", "twoOrMore", PreferNotToSay]);
}
