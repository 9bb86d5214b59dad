using BankHire.Answers;

namespace BankHire.Hosting.Answers;

/// <summary>One numbered sequence of chunks: the frames, or the audio, of one answer in one interview.</summary>
/// <param name="AnswerKey">The attempt's <see cref="AnswerKeys.For">answer key</see>; stored in the AnswerChunks column
/// still named QuestionId (renaming a column of a live table buys nothing).</param>
public sealed record AnswerTrack(Guid InterviewId, string AnswerKey, ChunkKind Kind);
