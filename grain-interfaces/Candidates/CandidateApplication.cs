namespace BankHire.Candidates;

/// <summary>What a new candidate applies with: contact, the job and where they came from.</summary>
/// <param name="OriginalCandidateId">For a candidate re-matched from the talent pool: the record (of another job) they came from.</param>
[GenerateSerializer, Immutable, Alias("bankhire.CandidateApplication")]
public sealed record CandidateApplication(
    CandidateContact Contact,
    string JobId,
    string? School,
    string? Major,
    int? GraduationYear,
    string Source,
    Guid? OriginalCandidateId = null);
