using BankHire.Candidates;

namespace BankHire.Privacy;

/// <summary>
/// When a candidate's data is purged: the job's retention counted from the candidate's last step in the pipeline (a
/// candidate still moving keeps their data). A hire keeps their personal data as an employee; only the interview
/// recording goes.
/// </summary>
public static class RetentionSchedule
{
    /// <summary>How long after a deletion request the erasure must be done where the job's pack says nothing: GDPR's month,
    /// Illinois' 30 days, PIPL's "promptly".</summary>
    public static readonly TimeSpan DeletionDeadline = TimeSpan.FromDays(30);

    /// <summary>The deadline of a deletion request under the job's jurisdiction pack (e.g. CN 15 days, US-IL 30 days).</summary>
    public static TimeSpan DeletionDeadlineUnder(BankHire.Analysis.Scoring.Model.JurisdictionPack pack) =>
        pack.DeletionDaysAfterRequest is { } days ? TimeSpan.FromDays(days) : DeletionDeadline;

    /// <summary>A deletion request is processed this soon (a durable reminder, so a restart in between loses nothing).</summary>
    public static readonly TimeSpan DeletionProcessingDelay = TimeSpan.FromMinutes(1);

    public static DateTimeOffset DueAt(CandidateSnapshot candidate, int retentionDays)
    {
        var lastStep = candidate.History.IsDefaultOrEmpty ? candidate.CreatedAt : candidate.History.Max(h => h.At);
        return lastStep.AddDays(retentionDays);
    }

    public static bool KeepsPersonalData(CandidateStage stage) => stage == CandidateStage.Hired;
}
