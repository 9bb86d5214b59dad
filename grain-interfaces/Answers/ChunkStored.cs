namespace BankHire.Answers;

/// <summary>
/// The doorbell on a stream: chunk <paramref name="Seq"/> of an answer is committed in the chunk store. It carries
/// no bytes; the store is the truth and a scorer reads the chunk from it. An audio doorbell carries <paramref name="Speech"/>
/// when the answer may be transcribed as it arrives.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.ChunkStored")]
public sealed record ChunkStored(Guid InterviewId, string AnswerKey, ChunkKind Kind, int Seq, AnswerSpeech? Speech = null);
