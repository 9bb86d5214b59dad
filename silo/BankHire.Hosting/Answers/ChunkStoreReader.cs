using BankHire.Answers;
using BankHire.Interviews;

namespace BankHire.Hosting.Answers;

/// <summary>The grains' read-only view of the chunk store; the answer key names the track.</summary>
public sealed class ChunkStoreReader(ChunkStore store) : IChunkReader
{
    public Task<IReadOnlyList<int>> ListAsync(Guid interviewId, string answerKey, ChunkKind kind, CancellationToken cancellation = default) =>
        store.ListAsync(Track(interviewId, answerKey, kind), cancellation);

    public async Task<byte[]?> ReadAsync(Guid interviewId, string answerKey, ChunkKind kind, int seq, CancellationToken cancellation = default) =>
        (await store.ReadAsync(Track(interviewId, answerKey, kind), seq, cancellation))?.Chunk.Payload;

    public async Task<IReadOnlyList<(int Seq, byte[] Payload)>> ReadAllAsync(Guid interviewId, string answerKey, ChunkKind kind, CancellationToken cancellation = default) =>
        [.. (await store.ReadAllAsync(Track(interviewId, answerKey, kind), cancellation)).Select(c => (c.Seq, c.Payload))];

    private static AnswerTrack Track(Guid interviewId, string answerKey, ChunkKind kind) =>
        new(interviewId, answerKey, kind);
}
