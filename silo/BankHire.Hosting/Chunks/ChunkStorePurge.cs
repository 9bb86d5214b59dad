using BankHire.Chunks;
using BankHire.Interviews;

namespace BankHire.Hosting.Chunks;

/// <summary>The grains' way to delete media from the chunk store; the answer key is the store's question id.</summary>
public sealed class ChunkStorePurge(ChunkStore store) : IAnswerMediaPurge
{
    public Task<int> PurgeInterviewAsync(Guid interviewId, CancellationToken cancellation = default) =>
        store.DeleteInterviewAsync(interviewId, cancellation);

    public Task<int> PurgeChunkAsync(Guid interviewId, string answerKey, AnswerMediaKind kind, int seq, CancellationToken cancellation = default) =>
        store.DeleteAsync(new AnswerStream(interviewId, answerKey, kind == AnswerMediaKind.Frame ? ChunkKind.Frame : ChunkKind.Audio), seq, cancellation);
}
