using System.Collections.Immutable;

namespace BankHire.Jobs;

/// <summary>A job and its versioned competency model (JobRubric). Keyed by job id.</summary>
[Alias("bankhire.IJobRubricGrain")]
public interface IJobRubricGrain : IGrainWithStringKey
{
    /// <summary>Creates the job with version 1 of its model; a repeated create returns the existing job.</summary>
    [Alias("Create")] ValueTask<JobSnapshot> CreateAsync(JobPosting posting, string modelJson, string actor);

    [Alias("Get")] ValueTask<JobSnapshot?> GetAsync();

    [Alias("UpdatePosting")] ValueTask<JobSnapshot> UpdatePostingAsync(JobPosting posting, string actor);

    /// <summary>Stores a new version unless the model is unchanged, and returns the version in force.</summary>
    [Alias("Revise")] ValueTask<RubricVersion> ReviseAsync(string modelJson, string author, string? changeNote);

    [Alias("GetVersion")] ValueTask<RubricVersion?> GetVersionAsync(int version);

    [Alias("ListVersions")] ValueTask<ImmutableArray<RubricVersion>> ListVersionsAsync();
}
