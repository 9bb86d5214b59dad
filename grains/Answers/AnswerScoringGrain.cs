using BankHire.Profiling;
using System.Diagnostics;
using BankHire.Analysis.Features;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Vision;
using BankHire.Interviews;
using BankHire.Persistence;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace BankHire.Answers;

/// <summary>
/// Analyses one finished answer from the chunk store — every frame and audio chunk it names, including any whose
/// doorbell was lost — with what the candidate consented to and the job allows, and keeps the analysis. Keyed by
/// the answer's stream key; placed at random so answers are analysed on every silo.
/// </summary>
[GrainType("answer-scoring"), RandomPlacement, CollectionAgeLimit(Minutes = ScorerLifetime.IdleMinutes)]
public sealed class AnswerScoringGrain(
    [PersistentState("answer-scoring")] IPersistentState<AnswerScoringState> state,
    IChunkReader chunks,
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
        state.State.Score = await AnalyseAsync(request, reuseLiveReadings: true);
        await state.WriteOrReloadAsync(this);
        return state.State.Score;
    }

    // Everything from the store, nothing from memory: proves the stored report follows from the stored chunks.
    public async ValueTask<AnswerScore> RescoreAsync(AnswerScoringRequest request) => await AnalyseAsync(request, reuseLiveReadings: false);

    public ValueTask<AnswerScore?> GetAsync() => ValueTask.FromResult(state.State.Score);

    public async ValueTask DeleteAsync()
    {
        if (state.State.Score is null) return;
        await state.ClearStateAsync();
    }

    private async Task<AnswerScore> AnalyseAsync(AnswerScoringRequest request, bool reuseLiveReadings)
    {
        var model = await InterviewQuestions.ModelAsync(GrainFactory, new InterviewInvitation(Guid.Empty, request.JobId, request.RubricVersion, default))
            ?? throw new InvalidOperationException($"Job '{request.JobId}' has no rubric version {request.RubricVersion}.");
        var question = model.Questions.FirstOrDefault(q => q.Id == request.QuestionId)
            ?? throw new InvalidOperationException($"Rubric version {request.RubricVersion} of '{request.JobId}' has no question '{request.QuestionId}'.");
        var permissions = new AnalysisPermissions(
            request.Analyses().ToScoringContext(), model.Policy.FacialIndicatorsAllowed);
        var seen = !reuseLiveReadings || request.FrameCount == 0 || permissions.WhyNoVision is not null
            ? new Dictionary<int, FrameSummary>()
            : await SeenLiveAsync(request.FrameCount);

        var watch = Stopwatch.StartNew();
        var voice = !reuseLiveReadings || request.AudioCount == 0 || !permissions.Voice ? null : await VoiceMeasuredLiveAsync(request.AudioCount);
        var transcript = !reuseLiveReadings || request.AudioCount == 0 || !permissions.Content || !string.IsNullOrWhiteSpace(request.TypedAnswer)
            ? null : await TranscribedLiveAsync(request.AudioCount);
        // The PCM is read back only for what was not measured live: its length then comes with the voice features.
        var pcmNeeded = voice is null || permissions.Content && transcript is null && string.IsNullOrWhiteSpace(request.TypedAnswer);
        var input = await AnswerInputs.ReadAsync(chunks, request, question, seen, analyser.FrameSampling, pcmNeeded) with
        {
            VoiceFeatures = voice?.Features.Select(f => new FeatureValue(f.Name, f.Value, f.AnalyserVersion, f.NoDataReason)).ToList(),
            AudioSeconds = voice?.Seconds,
            LiveTranscript = transcript,
        };
        // Seconds of CPU (and pocketsphinx): off the grain scheduler, so the silo keeps serving while it runs.
        AnswerAnalysis analysis;
        using (PipelineMeter.Time(PipelineStage.AnswerAnalysis))
            analysis = await Task.Run(() => analyser.AnalyseAsync(input, permissions));
        var fromStream = input.Frames.Count(f => f.Seen is not null);
        return new AnswerScore(request, AnswerAnalysisJson.Serialize(analysis), SiloName.Of(this),
            fromStream, input.Frames.Count - fromStream, watch.Elapsed.TotalSeconds, clock.GetUtcNow());
    }

    /// <summary>The frames the vision scorer analysed while they streamed in, by seq, if its analyser is ours.</summary>
    private async Task<Dictionary<int, FrameSummary>> SeenLiveAsync(int frameCount)
    {
        try
        {
            var live = await GrainFactory.GetGrain<IVisionScorerGrain>(this.GetPrimaryKeyString()).BelowAsync(frameCount);
            if (live.AnalyserVersion != analyser.VisionAnalyserVersion) return [];
            return live.Latest.ToDictionary(r => r.Seq, r => new FrameSummary(r.Readable, r.Brightness, r.BlurScore, r.TooDark, r.Faces, r.LookingAtCamera, r.Smiling, r.SmallFacesSearched, r.EyesClosed));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The readings are a saving, not the truth: without them every frame is read from the store.
            logger.LogWarning(e, "Live frame readings of {Answer} unavailable; analysing from the store", this.GetPrimaryKeyString());
            return [];
        }
    }

    /// <summary>The transcript the audio scorer had made segment by segment while the answer streamed in; null when the stored audio must be transcribed.</summary>
    private async Task<LiveTranscript?> TranscribedLiveAsync(int audioCount)
    {
        try
        {
            var live = await GrainFactory.GetGrain<IAudioScorerGrain>(this.GetPrimaryKeyString()).TranscriptAsync(audioCount);
            if (live is null) return null;
            return live.Text is { } text
                ? new LiveTranscript(new Transcript(live.Language, text, [], live.Engine, live.ModelVersion), null)
                : new LiveTranscript(null, live.Failure);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Live transcript of {Answer} unavailable; transcribing the stored audio", this.GetPrimaryKeyString());
            return null;
        }
    }

    /// <summary>The voice features the audio scorer measured as the chunks streamed in; null when the store must be analysed.</summary>
    private async Task<VoiceFeatures?> VoiceMeasuredLiveAsync(int audioCount)
    {
        try
        {
            return await GrainFactory.GetGrain<IAudioScorerGrain>(this.GetPrimaryKeyString()).VoiceAsync(audioCount);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Live voice features of {Answer} unavailable; analysing from the store", this.GetPrimaryKeyString());
            return null;
        }
    }
}
