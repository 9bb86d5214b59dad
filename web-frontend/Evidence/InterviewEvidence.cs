using System.Collections.Immutable;
using BankHire.Answers;
using BankHire.Interviews;
using BankHire.Scoring;

namespace BankHire.Web.Evidence;

/// <summary>Reads the evidence behind every scored answer of one interview, for the 360° profile.</summary>
public static class InterviewEvidence
{
    /// <summary>Frames are listed only when <c>mayViewFrames</c> (the access matrix grants the caller frames) and the consent allows.</summary>
    public static async Task<ImmutableArray<AnswerEvidence>> ReadAsync(IGrainFactory grains, Guid interviewId, bool mayViewFrames)
    {
        var progress = await grains.GetGrain<IInterviewSessionGrain>(interviewId).GetProgressAsync();
        if (progress is null) return [];
        var model = await InterviewQuestions.ModelAsync(grains, progress.Interview.Invitation);
        var whyNoFrames = mayViewFrames ? FrameAccess.WhyNot(progress) : FramesWithheld.RoleMayNotView;
        var answered = progress.Questions.Where(q => !q.Practice && q.State == QuestionState.Answered);
        return [.. await Task.WhenAll(answered.Select(async q =>
        {
            var key = AnswerKeys.StreamKey(interviewId, q.AnswerKey);
            var score = await grains.GetGrain<IAnswerScoringGrain>(key).GetAsync();
            var analysis = score is null ? null : AnswerAnalysisJson.Deserialize(score.AnalysisJson);
            var question = model?.Questions.FirstOrDefault(m => m.Id == q.QuestionId);
            var reason = whyNoFrames ?? (q.FrameCount == 0 ? FramesWithheld.NoneRecorded : null);
            var frames = reason is null
                ? EvidenceFrames.Pick(interviewId, q.QuestionId, q.FrameCount, (await grains.GetGrain<IVisionScorerGrain>(key).BelowAsync(q.FrameCount)).Latest)
                : [];
            return new AnswerEvidence(q.QuestionId, q.Attempt, question?.CompetencyKey ?? analysis?.CompetencyKey ?? "",
                question?.TextZh, question?.TextEn, analysis is null ? null : AnswerEvidence.SourceName(analysis.ContentSource),
                analysis?.Transcript, analysis?.ContentExplanations ?? [], frames, reason);
        }))];
    }
}
