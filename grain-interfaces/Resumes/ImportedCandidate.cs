namespace BankHire.Resumes;

/// <summary>A candidate an import created or updated, with the screening score it now has.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ImportedCandidate")]
public sealed record ImportedCandidate(Guid CandidateId, string Name, bool Created, double Score, bool KnockedOut);
