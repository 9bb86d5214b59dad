using BankHire.Interviews;

namespace BankHire.Answers;

/// <summary>
/// The grains' read-only view of the durable chunk store (the AnswerChunks table, implemented by the hosting layer):
/// what the candidate's browser uploaded for one answer key and kind.
/// </summary>
public interface IChunkReader
{
    /// <summary>The stored sequence numbers, ascending.</summary>
    Task<IReadOnlyList<int>> ListAsync(Guid interviewId, string answerKey, ChunkKind kind, CancellationToken cancellation = default);

    /// <summary>The chunk's bytes, or null when not stored.</summary>
    Task<byte[]?> ReadAsync(Guid interviewId, string answerKey, ChunkKind kind, int seq, CancellationToken cancellation = default);

    /// <summary>Every stored chunk of the answer and kind, by ascending seq.</summary>
    Task<IReadOnlyList<(int Seq, byte[] Payload)>> ReadAllAsync(Guid interviewId, string answerKey, ChunkKind kind, CancellationToken cancellation = default);
}
