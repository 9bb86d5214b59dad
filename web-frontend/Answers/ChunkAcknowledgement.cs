namespace BankHire.Web.Answers;

/// <summary>The answer to a chunk upload, sent only once the chunk is committed to the database.</summary>
/// <param name="Stored">False when the same chunk had been stored before (a resend).</param>
/// <param name="Seq">The sequence number of the uploaded chunk.</param>
/// <param name="NextExpectedSeq">The smallest sequence number not stored yet: where the client resumes.</param>
/// <param name="MissingSeqs">Sequence numbers below the highest stored one that are still missing (at most
/// <see cref="ChunkIngestEndpoints.MaxReportedGaps"/>, smallest first); the client resends them.</param>
public sealed record ChunkAcknowledgement(bool Stored, int Seq, int NextExpectedSeq, IReadOnlyList<int> MissingSeqs);
