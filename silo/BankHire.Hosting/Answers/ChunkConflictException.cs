using BankHire.Answers;

namespace BankHire.Hosting.Answers;

/// <summary>A sequence number already holds different bytes: the chunk is refused, the stored one stays.</summary>
public sealed class ChunkConflictException(AnswerTrack track, int seq)
    : Exception($"Chunk {seq} of the {track.Kind.Name()} of question '{track.AnswerKey}' is already stored with different content.")
{
    public AnswerTrack Track { get; } = track;
    public int Seq { get; } = seq;
}
