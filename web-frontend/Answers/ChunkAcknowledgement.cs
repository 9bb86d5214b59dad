namespace BankHire.Web.Answers;

/// <summary>The answer to a chunk upload, sent only once the chunk is committed to the database.</summary>
/// <param name="Stored">False when the same chunk (any chunk of the upload) had been stored before (a resend).</param>
/// <param name="Seq">The sequence number of the uploaded chunk (the first one of the upload).</param>
/// <param name="NextExpectedSeq">The smallest sequence number not stored yet: where the client resumes.</param>
/// <param name="MissingSeqs">Sequence numbers below the highest stored one that are still missing (at most
/// <see cref="ChunkIngestEndpoints.MaxReportedGaps"/>, smallest first); the client resends them.</param>
public sealed record ChunkAcknowledgement(bool Stored, int Seq, int NextExpectedSeq, IReadOnlyList<int> MissingSeqs)
{
    /// <summary>How many consecutive chunks from <see cref="Seq"/> on this upload carried and the store now holds.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The chunks of this upload that had been stored before (resends), acknowledged again and stored once.</summary>
    public IReadOnlyList<int> AlreadyStoredSeqs { get; init; } = [];
}
