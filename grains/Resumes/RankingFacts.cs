using System.Collections.Immutable;

namespace BankHire.Resumes;

/// <summary>What ranking needs of one screened person, kept so a ranking never re-reads resumes.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.RankingFacts")]
public sealed record RankingFacts(
    string Name,
    int RubricVersion,
    double Score,
    bool KnockedOut,
    int HighestDegree,
    double ExperienceYears,
    ImmutableArray<string> Certificates,
    double? WrittenTestScore,
    bool HasBankExperience,
    ImmutableArray<string> LanguageTests,
    string SummaryZh,
    string SummaryEn);
