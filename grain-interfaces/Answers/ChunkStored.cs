namespace BankHire.Answers;

/// <summary>
/// The doorbell on a stream: chunk <paramref name="Seq"/> of an answer is committed in the chunk store. The ingest
/// passes along the <paramref name="Payload"/> it has just stored, so a scorer need not read back what was just written;
/// without it (a doorbell rung by a tool) the scorer reads the chunk from the store, which stays the truth. An audio
/// doorbell carries <paramref name="Speech"/> when the answer may be transcribed as it arrives.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.ChunkStored")]
public sealed record ChunkStored(Guid InterviewId, string AnswerKey, ChunkKind Kind, int Seq, AnswerSpeech? Speech = null, byte[]? Payload = null);
