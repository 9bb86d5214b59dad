using BankHire.Answers;

namespace BankHire.Interviews;

/// <summary>Where one question of the interview stands.</summary>
/// <param name="Attempts">Attempts started so far.</param>
/// <param name="Attempt">The attempt the next chunks belong to (0-based); the answered one once Answered.</param>
/// <param name="FrameCount">Frames of the answered attempt (verified against the chunk store at finish).</param>
/// <param name="AudioCount">Audio chunks of the answered attempt.</param>
[GenerateSerializer, Immutable, Alias("bankhire.QuestionProgress")]
public sealed record QuestionProgress(
    string QuestionId,
    int Index,
    bool Practice,
    int RetakesAllowed,
    QuestionState State,
    int Attempts,
    int Attempt,
    int FrameCount,
    int AudioCount,
    string? TypedAnswer,
    DateTimeOffset? BegunAt,
    DateTimeOffset? AnsweredAt,
    bool TypingAllowed = true)
{
    /// <summary>The key its chunks are stored and streamed under: <see cref="AnswerKeys.For"/>.</summary>
    public string AnswerKey => AnswerKeys.For(QuestionId, Attempt);
}
