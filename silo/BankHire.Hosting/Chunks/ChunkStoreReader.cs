using BankHire.Chunks;
using BankHire.Interviews;

namespace BankHire.Hosting.Chunks;

/// <summary>The grains' read-only view of the chunk store; the answer key is the store's question id.</summary>
public sealed class ChunkStoreReader(ChunkStore store) : IAnswerChunkReader
{
    public Task<IReadOnlyList<int>> ListAsync(Guid interviewId, string answerKey, AnswerMediaKind kind, CancellationToken cancellation = default) =>
        store.ListAsync(Stream(interviewId, answerKey, kind), cancellation);

    public async Task<byte[]?> ReadAsync(Guid interviewId, string answerKey, AnswerMediaKind kind, int seq, CancellationToken cancellation = default) =>
        (await store.ReadAsync(Stream(interviewId, answerKey, kind), seq, cancellation))?.Chunk.Payload;

    public async Task<IReadOnlyList<(int Seq, byte[] Payload)>> ReadAllAsync(Guid interviewId, string answerKey, AnswerMediaKind kind, CancellationToken cancellation = default) =>
        [.. (await store.ReadAllAsync(Stream(interviewId, answerKey, kind), cancellation)).Select(c => (c.Seq, c.Payload))];

    private static AnswerStream Stream(Guid interviewId, string answerKey, AnswerMediaKind kind) =>
        new(interviewId, answerKey, kind == AnswerMediaKind.Frame ? ChunkKind.Frame : ChunkKind.Audio);
}
