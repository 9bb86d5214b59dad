using System.Collections.Immutable;

namespace BankHire.Resumes;

/// <summary>
/// HR's filters on a job's ranking; null or empty means "any". <see cref="MinDegree"/> is a degree level
/// name (Associate, Bachelor, Master, Doctorate); <see cref="AnyLanguageTest"/> keeps candidates with one of the tests.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.RankingQuery")]
public sealed record RankingQuery(
    double? MinScore = null,
    bool IncludeKnockedOut = false,
    string? MinDegree = null,
    double? MinExperienceYears = null,
    ImmutableArray<string>? RequiredCertificates = null,
    double? MinWrittenTestScore = null,
    bool BankExperienceOnly = false,
    ImmutableArray<string>? AnyLanguageTest = null,
    int? Top = null);
