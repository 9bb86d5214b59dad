using Orleans.Concurrency;

namespace BankHire.Answers;

/// <summary>One answer (an attempt of a question), keyed by its stream key "{interviewId:N}/{answerKey}".</summary>
[Alias("bankhire.IAnswerScoringGrain")]
public interface IAnswerScoringGrain : IGrainWithStringKey
{
    /// <summary>Starts the analysis in the background (the finish of a question does not wait for it).</summary>
    [Alias("Start"), OneWay] Task StartAsync(AnswerScoringRequest request);

    /// <summary>The analysis of the request: the stored one when it was made for the same request, else made now.</summary>
    [Alias("Score"), ResponseTimeout(TranscriptionWait.Longest)] ValueTask<AnswerScore> ScoreAsync(AnswerScoringRequest request);

    /// <summary>Analyses again from the chunk store, ignoring what is stored (reproducibility checks, re-analysis).</summary>
    [Alias("Rescore"), ResponseTimeout(TranscriptionWait.Longest)] ValueTask<AnswerScore> RescoreAsync(AnswerScoringRequest request);

    /// <summary>The stored analysis; answered while an analysis is under way (it replaces the stored one in one step).</summary>
    [Alias("Get"), AlwaysInterleave] ValueTask<AnswerScore?> GetAsync();

    /// <summary>Deletes the stored analysis (its transcript included): the candidate's data was erased.</summary>
    [Alias("Delete")] ValueTask DeleteAsync();
}
