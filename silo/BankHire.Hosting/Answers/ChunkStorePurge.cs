using BankHire.Answers;

namespace BankHire.Hosting.Answers;

/// <summary>The grains' way to delete media: the chunk store's rows and any recording uploaded with the phone's camera.</summary>
public sealed class ChunkStorePurge(ChunkStore store, RecordingUploadStore recordings) : IChunkPurge
{
    public async Task<int> PurgeInterviewAsync(Guid interviewId, CancellationToken cancellation = default)
    {
        recordings.DeleteInterview(interviewId);
        return await store.DeleteInterviewAsync(interviewId, cancellation);
    }
}
