using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>The one way a scoring request is made from an interview's progress, so the answer's stored analysis is found again.</summary>
public static class AnswerScoringRequests
{
    /// <summary>Null when no consent was ever given (nothing may be analysed). A withdrawn consent allows nothing.</summary>
    public static AnswerScoringRequest? For(InterviewProgress progress, QuestionProgress question)
    {
        if (progress.Consent is not { } consent) return null;
        var invitation = progress.Interview.Invitation;
        var analyses = MediaConsent.Of(progress).Analyses;
        return new AnswerScoringRequest(progress.Interview.Id, question.QuestionId, question.Attempt, invitation.JobId,
            invitation.RubricVersion, question.FrameCount, question.AudioCount, question.TypedAnswer, consent.Language,
            analyses.Face, analyses.Voice, analyses.Content);
    }
}
