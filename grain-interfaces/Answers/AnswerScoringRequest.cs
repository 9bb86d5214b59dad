using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>Everything an answer's scoring needs besides its chunks: the question, how many chunks, and what may be analysed.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AnswerScoringRequest")]
public sealed record AnswerScoringRequest(
    Guid InterviewId,
    string QuestionId,
    int Attempt,
    string JobId,
    int RubricVersion,
    int FrameCount,
    int AudioCount,
    string? TypedAnswer,
    string Language,
    bool FaceConsent,
    bool VoiceConsent,
    bool ContentConsent)
{
    // A method, not a property: the request is kept in grain state as JSON.
    public ConsentedAnalyses Analyses() => new(FaceConsent, VoiceConsent, ContentConsent);
}
