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
    double? WrittenTestScore)
{
    public static RankingEntry From(Candidate candidate, ScreeningResult result) => new(
        candidate.Id,
        result.Score,
        result.KnockedOut,
        candidate.Profile.Education.Select(e => e.Degree).DefaultIfEmpty(DegreeLevel.None).Max(),
        result.Features.Single(f => f.Name == "resume_experience_years").Value ?? 0,
        candidate.Profile.Certificates.Select(c => c.Key).ToList(),
        candidate.Profile.WrittenTestScore);
}
