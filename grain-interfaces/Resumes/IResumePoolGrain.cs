using System.Collections.Immutable;

namespace BankHire.Resumes;

/// <summary>
/// The resumes of one job (keyed by job id): every accepted source, who is the same person across
/// uploads, each person's screening facts for ranking. Imports of one job run one at a time.
/// </summary>
[Alias("bankhire.IResumePoolGrain")]
public interface IResumePoolGrain : IGrainWithStringKey
{
    /// <summary>Parses, merges and screens the files; every source is either fully recorded or reported rejected.</summary>
    [Alias("Import")] ValueTask<ResumeImportReport> ImportAsync(ImmutableArray<ResumeUpload> files, string actor);

    /// <summary>The job's resume-sourced candidates, filtered and ordered: must-haves met first, then score.</summary>
    [Alias("Rank")] ValueTask<ImmutableArray<RankedResume>> RankAsync(RankingQuery query);

    /// <summary>The merged resume of one of this pool's candidates (to re-match them to another job); null if they are not from this pool.</summary>
    [Alias("ResumeOf")] ValueTask<StoredResume?> ResumeOfAsync(Guid candidateId);

    /// <summary>Removes the candidate's resume sources and ranking facts (an erasure); other people stay as they were.</summary>
    [Alias("Forget")] ValueTask ForgetAsync(Guid candidateId);

    /// <summary>
    /// Screens a resume kept by another job's pool against this job's current model and adds the person as
    /// <paramref name="candidateId"/>, who then ranks here like any applicant. Repeating it screens again and adds nobody;
    /// a person this job already has (same ID number, phone or e-mail) is answered with that candidate instead.
    /// </summary>
    [Alias("Adopt")] ValueTask<AdoptedResume> AdoptAsync(Guid candidateId, BankHire.Candidates.CandidateApplication application, StoredResume resume, string actor);
}
