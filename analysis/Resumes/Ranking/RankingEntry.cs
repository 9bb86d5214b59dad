using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Screening;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Resumes.Ranking;

/// <summary>What ranking needs of a screened candidate: small, so 100,000 of them rank in memory.</summary>
public sealed record RankingEntry(
    string CandidateId,
    double Score,
    bool KnockedOut,
    DegreeLevel HighestDegree,
    double ExperienceYears,
    IReadOnlyList<string> Certificates,
    double? WrittenTestScore,
    bool HasBankExperience = false,
    IReadOnlyList<string>? LanguageTests = null)
{
    public static RankingEntry From(Candidate candidate, ScreeningResult result) => new(
        candidate.Id,
        result.Score,
        result.KnockedOut,
        candidate.Profile.HighestHeldDegree,
        result.Features.Single(f => f.Name == "resume_experience_years").Value ?? 0,
        candidate.Profile.Certificates.Select(c => c.Key).ToList(),
        candidate.Profile.WrittenTestScore,
        candidate.Profile.Experience.Any(e => e.IsBank),
        candidate.Profile.Languages.Select(l => l.Test).ToList());
}
