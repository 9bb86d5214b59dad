namespace BankHire.TalentPool;

/// <summary>One competency of the AI interview: its key and names, and the 0–100 score (null when it could not be scored).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.TalentCompetency")]
public sealed record TalentCompetency(string Key, string NameZh, string NameEn, double? Score);
