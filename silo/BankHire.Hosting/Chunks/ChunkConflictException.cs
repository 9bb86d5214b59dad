namespace BankHire.Hosting.Chunks;

/// <summary>A sequence number already holds different bytes: the chunk is refused, the stored one stays.</summary>
public sealed class ChunkConflictException(AnswerStream stream, int seq)
    : Exception($"Chunk {seq} of the {stream.Kind.Name()} of question '{stream.QuestionId}' is already stored with different content.")
{
    public AnswerStream Stream { get; } = stream;
    public int Seq { get; } = seq;
}
