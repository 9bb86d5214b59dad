namespace BankHire.Hosting.Chunks;

/// <summary>A chunk as the client sent it: the <paramref name="Seq"/>-th piece of <paramref name="Stream"/>.</summary>
public sealed record AnswerChunk(AnswerStream Stream, int Seq, string ContentType, byte[] Payload);

/// <summary>A chunk as the store keeps it.</summary>
public sealed record StoredChunk(AnswerChunk Chunk, DateTimeOffset ReceivedAt);
