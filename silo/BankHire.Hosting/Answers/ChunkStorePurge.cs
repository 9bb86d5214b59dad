using BankHire.Answers;

namespace BankHire.Hosting.Answers;

/// <summary>The grains' way to delete media from the chunk store.</summary>
public sealed class ChunkStorePurge(ChunkStore store) : IChunkPurge
{
    public Task<int> PurgeInterviewAsync(Guid interviewId, CancellationToken cancellation = default) =>
        store.DeleteInterviewAsync(interviewId, cancellation);
}
