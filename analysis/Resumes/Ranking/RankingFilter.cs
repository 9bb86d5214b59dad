using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Resumes.Ranking;

/// <summary>
/// HR's filters on a job's ranking. Null means "any"; knocked-out candidates are hidden unless asked for.
/// <see cref="AnyLanguageTest"/> keeps candidates with at least one of the tests (e.g. CET-6 or IELTS).
/// </summary>
public sealed record RankingFilter(
    double? MinScore = null,
    bool IncludeKnockedOut = false,
    DegreeLevel? MinDegree = null,
    double? MinExperienceYears = null,
    IReadOnlyList<string>? RequiredCertificates = null,
    double? MinWrittenTestScore = null,
    bool BankExperienceOnly = false,
    IReadOnlyList<string>? AnyLanguageTest = null)
{
    public static readonly RankingFilter Default = new();

    public bool Accepts(RankingEntry entry) =>
        (IncludeKnockedOut || !entry.KnockedOut)
        && (MinScore is not { } score || entry.Score >= score)
        && (MinDegree is not { } degree || entry.HighestDegree >= degree)
        && (MinExperienceYears is not { } years || entry.ExperienceYears >= years)
        && (MinWrittenTestScore is not { } written || entry.WrittenTestScore >= written)
        && (RequiredCertificates is null || RequiredCertificates.All(c => entry.Certificates.Contains(c)))
        && (!BankExperienceOnly || entry.HasBankExperience)
        && (AnyLanguageTest is null || AnyLanguageTest.Any(t => entry.LanguageTests?.Contains(t) == true));
}
