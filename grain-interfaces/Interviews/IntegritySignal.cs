namespace BankHire.Interviews;

/// <summary>Something the page noticed (page_hidden, window_blur, paste) or the server did (extra_faces). Recorded, never blocking.</summary>
/// <param name="At">When the page says it happened.</param>
/// <param name="ReceivedAt">When the server recorded it.</param>
[GenerateSerializer, Immutable, Alias("bankhire.IntegritySignal")]
public sealed record IntegritySignal(string Kind, string? QuestionId, DateTimeOffset At, DateTimeOffset ReceivedAt);
