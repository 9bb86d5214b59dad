namespace BankHire.Hosting.Answers;

/// <summary>A chunk as the client sent it: the <paramref name="Seq"/>-th piece of <paramref name="Stream"/>.</summary>
/// <param name="Owner">The candidate whose interview it is: the owner of the data key that seals it (crypto-shredding
/// deletes a candidate's keys). Null only for chunks stored outside the ingest (tools, tests).</param>
public sealed record AnswerChunk(AnswerTrack Track, int Seq, string ContentType, byte[] Payload, Guid? Owner = null);

/// <summary>A chunk as the store keeps it.</summary>
public sealed record StoredChunk(AnswerChunk Chunk, DateTimeOffset ReceivedAt);
