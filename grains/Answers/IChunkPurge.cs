namespace BankHire.Answers;

/// <summary>Deletes an interview's frames and audio from the durable chunk store (implemented by the hosting layer).</summary>
public interface IChunkPurge
{
    /// <summary>Deletes every chunk of the interview; returns how many were deleted.</summary>
    Task<int> PurgeInterviewAsync(Guid interviewId, CancellationToken cancellation = default);
}
