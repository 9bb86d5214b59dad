namespace BankHire.Resumes;

/// <summary>A candidate's place in the job's ranking (1 is best), with the score and a one-line explanation in each language.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.RankedResume")]
public sealed record RankedResume(
    int Rank, Guid CandidateId, string Name, double Score, bool KnockedOut, double ExperienceYears, int RubricVersion, string SummaryZh, string SummaryEn);
