using BankHire.Answers;
using BankHire.Interviews;

namespace BankHire.Hosting.Answers;

/// <summary>The grains' way to delete media from the chunk store; the answer key names the track.</summary>
public sealed class ChunkStorePurge(ChunkStore store) : IChunkPurge
{
    public Task<int> PurgeInterviewAsync(Guid interviewId, CancellationToken cancellation = default) =>
        store.DeleteInterviewAsync(interviewId, cancellation);

    public Task<int> PurgeChunkAsync(Guid interviewId, string answerKey, ChunkKind kind, int seq, CancellationToken cancellation = default) =>
        store.DeleteAsync(new AnswerTrack(interviewId, answerKey, kind), seq, cancellation);
}
