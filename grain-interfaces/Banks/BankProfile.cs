using System.Collections.Immutable;

namespace BankHire.Banks;

[GenerateSerializer, Immutable, Alias("bankhire.BankProfile")]
public sealed record BankProfile(string NameZh, string NameEn, ImmutableArray<Branch> Branches);
