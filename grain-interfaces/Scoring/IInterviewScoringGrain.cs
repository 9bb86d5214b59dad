using BankHire.Interviews;
using Orleans.Concurrency;

namespace BankHire.Scoring;

/// <summary>Scores a completed interview with the rubric version pinned in its invitation. Keyed by interview id.</summary>
[Alias("bankhire.IInterviewScoringGrain")]
public interface IInterviewScoringGrain : IGrainWithGuidKey
{
    /// <summary>Scores in the background; the session passes the completed interview's progress, so scoring never calls back.</summary>
    [Alias("StartWithProgress"), OneWay] Task StartAsync(InterviewProgress progress);

    /// <summary>Scores the completed interview of <paramref name="progress"/> now (or returns the stored report) and waits for it.</summary>
    [Alias("ScoreProgress")] ValueTask<InterviewReport> ScoreAsync(InterviewProgress progress);

    /// <summary>Analyses every answer again from the chunk store and scores it, without storing: must equal the stored JSON.</summary>
    [Alias("RescoreFromStore")] ValueTask<InterviewReport> RescoreFromStoreAsync();

    [Alias("Get")] ValueTask<InterviewReport?> GetAsync();

    /// <summary>HR lets the candidate read their feedback; null when there is no report yet.</summary>
    [Alias("ReleaseFeedback")] ValueTask<InterviewReport?> ReleaseFeedbackAsync();

    /// <summary>Deletes the report (consent withdrawn after completion).</summary>
    [Alias("Delete"), OneWay] Task DeleteAsync();
}
