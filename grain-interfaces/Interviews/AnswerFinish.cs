namespace BankHire.Interviews;

/// <summary>The candidate's browser says an attempt is over: how many frames and audio chunks it sent.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AnswerFinish")]
public sealed record AnswerFinish(int Attempt, int FrameCount, int AudioCount, string? TypedAnswer);
