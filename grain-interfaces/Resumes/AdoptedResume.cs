namespace BankHire.Resumes;

/// <summary>
/// A resume from another job's pool, screened against this job: the candidate it is now (<paramref name="Created"/> when
/// this call added them), or the candidate this job already had for the same person (<paramref name="AlreadyInJob"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.AdoptedResume")]
public sealed record AdoptedResume(
    Guid CandidateId, bool Created, bool AlreadyInJob, double Score, bool KnockedOut, int RubricVersion, string SummaryZh, string SummaryEn);
