namespace BankHire.Hosting.Chunks;

/// <summary>One numbered sequence of chunks: the frames, or the audio, of one answer in one interview.</summary>
public sealed record AnswerStream(Guid InterviewId, string QuestionId, ChunkKind Kind);
