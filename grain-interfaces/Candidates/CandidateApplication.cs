namespace BankHire.Candidates;

/// <summary>What a new candidate applies with: contact, the job and where they came from.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CandidateApplication")]
public sealed record CandidateApplication(
    CandidateContact Contact,
    string JobId,
    string? School,
    string? Major,
    int? GraduationYear,
    string Source);
