using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>Deletes an interview's frames and audio from the durable chunk store (implemented by the hosting layer).</summary>
public interface IChunkPurge
{
    /// <summary>Deletes every chunk of the interview; returns how many were deleted.</summary>
    Task<int> PurgeInterviewAsync(Guid interviewId, CancellationToken cancellation = default);

    /// <summary>Deletes one chunk (one that arrived after its consent ended); returns how many were deleted (0 or 1).</summary>
    Task<int> PurgeChunkAsync(Guid interviewId, string answerKey, ChunkKind kind, int seq, CancellationToken cancellation = default);
}
