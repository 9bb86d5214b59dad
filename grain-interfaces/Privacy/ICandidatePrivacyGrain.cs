using Orleans.Concurrency;

namespace BankHire.Privacy;

/// <summary>
/// A candidate's data rights, keyed by candidate id: retention (purge on time, on a durable reminder), the deletion
/// request and its deadline, data exports, and the erasure itself.
/// </summary>
[Alias("bankhire.ICandidatePrivacyGrain")]
public interface ICandidatePrivacyGrain : IGrainWithGuidKey
{
    [Alias("Get")] ValueTask<CandidatePrivacy> GetAsync();

    /// <summary>The candidate moved (or was created): retention counts again from this step. One-way, so the candidate
    /// grain never waits on the grain that reads it back.</summary>
    [Alias("CandidateChanged"), OneWay] Task CandidateChangedAsync();

    /// <summary>Records a deletion request (repeating it changes nothing) and schedules its processing before the deadline.</summary>
    [Alias("RequestDeletion")] ValueTask<CandidatePrivacy> RequestDeletionAsync(string requestedBy);

    /// <summary>Everything held about the candidate; the export is recorded.</summary>
    /// <summary>Records the candidate's request for an alternative process (the first one stands; HR sees it on the privacy view).</summary>
    [Alias("RequestAlternativeProcess")] ValueTask<CandidatePrivacy> RequestAlternativeProcessAsync(string? reason);

    [Alias("Export")] ValueTask<CandidateDataExport> ExportAsync(string by);

    /// <summary>Erases the candidate's personal data and media now; repeating it erases what came since.</summary>
    [Alias("Erase")] ValueTask<CandidatePrivacy> EraseAsync(string reason);

    /// <summary>Does what is due now (a pending deletion request, an expired retention); what the reminder runs.</summary>
    [Alias("ProcessDue")] ValueTask<CandidatePrivacy> ProcessDueAsync();
}
