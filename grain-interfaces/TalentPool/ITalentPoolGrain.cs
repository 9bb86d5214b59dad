using Orleans.Concurrency;

namespace BankHire.TalentPool;

/// <summary>
/// The talent pool (人才库): a compact summary of every candidate of every job, searchable across jobs. The candidate grains
/// are the truth; this index is rebuilt from them when it activates and told (one-way) whenever a candidate changes, when
/// it reads that candidate again. One activation for the bank (<see cref="Key"/>).
/// </summary>
[Alias("bankhire.ITalentPoolGrain")]
public interface ITalentPoolGrain : IGrainWithStringKey
{
    const string Key = "bank";

    /// <summary>A candidate was created or changed: read it again (after the caller's turn; the caller never waits).</summary>
    [Alias("CandidateChanged"), OneWay] Task CandidateChangedAsync(Guid candidateId);

    /// <summary>Reads the candidate again now and returns their summary (null if they do not exist).</summary>
    [Alias("Refresh")] ValueTask<TalentRecord?> RefreshAsync(Guid candidateId);

    /// <summary>People matching the query, flagged top scorers first, then by best score.</summary>
    [Alias("Search"), ReadOnly] ValueTask<TalentPoolPage> SearchAsync(TalentQuery query);
}
