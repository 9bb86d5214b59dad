namespace BankHire.Interviews;

/// <summary>When and why an interview's frames and audio were deleted from the chunk store, and how many chunks went.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.MediaPurge")]
public sealed record MediaPurge(DateTimeOffset At, string Reason, int ChunksDeleted);
