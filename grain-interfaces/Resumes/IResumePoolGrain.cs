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
}
