using System.Diagnostics;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Chunks;
using BankHire.Interviews;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace BankHire.Scoring;

/// <summary>
/// Analyses one finished answer from the chunk store — every frame and audio chunk it names, including any whose
/// doorbell was lost — with what the candidate consented to and the job allows, and keeps the analysis. Keyed by
/// the answer's stream key; placed at random so answers are analysed on every silo.
/// </summary>
[GrainType("answer-scoring"), RandomPlacement]
public sealed class AnswerScoringGrain(
    [PersistentState("answer-scoring")] IPersistentState<AnswerScoringState> state,
    IAnswerChunkReader chunks,
    AnswerAnalyser analyser,
    TimeProvider clock,
    ILogger<AnswerScoringGrain> logger) : Grain, IAnswerScoringGrain
{
    public async Task StartAsync(AnswerScoringRequest request)
    {
        try
        {
            await ScoreAsync(request);
        }
        catch (Exception e)
        {
            // Scoring the interview asks again and then reports the failure; a background start only logs it.
            logger.LogWarning(e, "Analysing answer {Answer} failed", this.GetPrimaryKeyString());
        }
    }

    public async ValueTask<AnswerScore> ScoreAsync(AnswerScoringRequest request)
    {
        if (state.State.Score is { } stored && stored.Request == request) return stored;
        state.State.Score = await AnalyseAsync(request);
        await state.WriteOrReloadAsync(this);
        return state.State.Score;
    }

    public async ValueTask<AnswerScore> RescoreAsync(AnswerScoringRequest request) => await AnalyseAsync(request);

    public ValueTask<AnswerScore?> GetAsync() => ValueTask.FromResult(state.State.Score);

    private async Task<AnswerScore> AnalyseAsync(AnswerScoringRequest request)
    {
        var model = await InterviewQuestions.ModelAsync(GrainFactory, new InterviewInvitation(Guid.Empty, request.JobId, request.RubricVersion, default))
            ?? throw new InvalidOperationException($"Job '{request.JobId}' has no rubric version {request.RubricVersion}.");
        var question = model.Questions.FirstOrDefault(q => q.Id == request.QuestionId)
            ?? throw new InvalidOperationException($"Rubric version {request.RubricVersion} of '{request.JobId}' has no question '{request.QuestionId}'.");
        var streamed = request.FrameCount == 0 ? 0
            : (await GrainFactory.GetGrain<IVisionScorerGrain>(this.GetPrimaryKeyString()).LatestAsync(0)).Count;

        var watch = Stopwatch.StartNew();
        var input = await AnswerInputs.ReadAsync(chunks, request, question);
        var permissions = new AnalysisPermissions(
            new ScoringContext(request.FaceConsent, request.VoiceConsent, request.ContentConsent), model.Policy.FacialIndicatorsAllowed);
        var analysis = await analyser.AnalyseAsync(input, permissions);
        var fromStream = Math.Min(streamed, input.Frames.Count);
        return new AnswerScore(request, AnswerAnalysisJson.Serialize(analysis), SiloName.Of(this),
            fromStream, input.Frames.Count - fromStream, watch.Elapsed.TotalSeconds, clock.GetUtcNow());
    }
}
