namespace BankHire.Candidates;

/// <summary>A candidate for one job: pipeline stage, history and profile. Keyed by candidate id.</summary>
[Alias("bankhire.ICandidateGrain")]
public interface ICandidateGrain : IGrainWithGuidKey
{
    /// <summary>Registers the candidate; repeating the same call returns the existing snapshot.</summary>
    [Alias("Create")] ValueTask<CandidateSnapshot> CreateAsync(CandidateApplication application, string actor);

    /// <summary>The candidate, or null if never created.</summary>
    [Alias("Get")] ValueTask<CandidateSnapshot?> GetAsync();

    [Alias("Update")] ValueTask<CandidateSnapshot> UpdateAsync(CandidateUpdate update, string actor);

    /// <summary>Moves to <paramref name="stage"/> if the pipeline allows it; throws <see cref="PipelineException"/> otherwise.</summary>
    [Alias("MoveTo")] ValueTask<CandidateSnapshot> MoveToAsync(CandidateStage stage, string actor, string? reason);

    [Alias("AttachInterview")] ValueTask AttachInterviewAsync(Guid interviewId);

    /// <summary>
    /// Attaches the interview only if the candidate has none yet and is still Applied or Screened; false when
    /// someone invited them first (two top-N actions at once invite each candidate once).
    /// </summary>
    [Alias("AttachFirstInterview")] ValueTask<bool> AttachFirstInterviewAsync(Guid interviewId);

    /// <summary>Stores the latest resume screening; a candidate still in Applied moves to Screened.</summary>
    [Alias("RecordScreening")] ValueTask<CandidateSnapshot> RecordScreeningAsync(ResumeScreening screening, string actor);

    /// <summary>Keeps the AI interview's result on the profile (the latest per interview).</summary>
    [Alias("AttachInterviewReport")] ValueTask AttachInterviewReportAsync(InterviewReportSummary report);

    /// <summary>The AI interview results on the profile, oldest first.</summary>
    [Alias("GetInterviewReports")] ValueTask<System.Collections.Immutable.ImmutableArray<InterviewReportSummary>> GetInterviewReportsAsync();

    /// <summary>The latest resume screening, or null if the candidate did not come from a resume.</summary>
    [Alias("GetScreening")] ValueTask<ResumeScreening?> GetScreeningAsync();

    /// <summary>
    /// Records HR's decision on the AI interview's suggestion. Throws <see cref="PipelineException"/> when there is no
    /// suggestion yet, or when the decision overrides it without a reason. Repeating the latest decision changes nothing.
    /// </summary>
    [Alias("Decide")] ValueTask<CandidateSnapshot> DecideAsync(HiringVerdict verdict, string actor, string? reason);

    /// <summary>
    /// Erases the personal data: contact, education, notes and the resume screening; the stage history, the AI
    /// suggestion and HR's decisions stay (they name no one) so the funnel and the fairness report keep their counts.
    /// </summary>
    [Alias("Erase")] ValueTask<CandidateSnapshot> EraseAsync(string actor, string reason);

    /// <summary>Every decision HR recorded, oldest first.</summary>
    [Alias("GetDecisions")] ValueTask<System.Collections.Immutable.ImmutableArray<HrDecision>> GetDecisionsAsync();
}
