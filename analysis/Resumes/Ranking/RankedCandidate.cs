namespace BankHire.Analysis.Resumes.Ranking;

/// <summary>A candidate's place in a job's ranking (1 is best).</summary>
public sealed record RankedCandidate(int Rank, RankingEntry Entry);
