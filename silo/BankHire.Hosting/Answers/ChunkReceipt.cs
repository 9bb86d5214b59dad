namespace BankHire.Hosting.Answers;

/// <summary>A committed upload: whether the chunk was new (false for a resend of the same bytes) and where its track stands.</summary>
public sealed record ChunkReceipt(bool Stored, ChunkSequence Sequence);
