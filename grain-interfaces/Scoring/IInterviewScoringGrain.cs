using Orleans.Concurrency;

namespace BankHire.Scoring;

/// <summary>Scores a completed interview with the rubric version pinned in its invitation. Keyed by interview id.</summary>
[Alias("bankhire.IInterviewScoringGrain")]
public interface IInterviewScoringGrain : IGrainWithGuidKey
{
    /// <summary>Scores in the background (called by the session when the interview completes).</summary>
    [Alias("Start"), OneWay] Task StartAsync(DateTimeOffset completedAt);

    /// <summary>Scores now (or returns the stored report) and waits for it.</summary>
    [Alias("Score")] ValueTask<InterviewReport> ScoreAsync(DateTimeOffset completedAt);

    /// <summary>Analyses every answer again from the chunk store and scores it, without storing: must equal the stored JSON.</summary>
    [Alias("RescoreFromStore")] ValueTask<InterviewReport> RescoreFromStoreAsync();

    [Alias("Get")] ValueTask<InterviewReport?> GetAsync();

    /// <summary>Deletes the report (consent withdrawn after completion).</summary>
    [Alias("Delete"), OneWay] Task DeleteAsync();
}
