using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Profiling;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Mvc;

namespace BankHire.Web.Answers;

/// <summary>
/// Steps 2 and 3 of an answer's path: the candidate's browser uploads numbered chunks of frames and audio (one, or a few
/// consecutive ones at once: <see cref="ChunkUpload"/>); each is
/// checked, committed to the chunk store, its doorbell rung (<see cref="ChunkDoorbell"/>), and only then acknowledged. A resend is acknowledged again and stored
/// once; a gap is reported, so the client resends from the first missing number. Authorised by the
/// invitation token (header X-Invitation-Token) of this very interview, never by an HR cookie, only for the answer in
/// progress (<see cref="ChunkAdmission"/>, 409 otherwise), and only what the consent in force covers
/// (<see cref="MediaConsent"/>): frames with face consent, audio with voice or content consent, nothing after the
/// consent is withdrawn or HR marked the candidate withdrawn (403 with a <c>code</c>).
/// </summary>
public static class ChunkIngestEndpoints
{
    public const string Route = "/api/interviews/{id:guid}/answers/{questionId}/chunks/{seq:int}";

    /// <summary>Ten hours of 3 frames/s: more than any answer, and it bounds the gap list.</summary>
    public const int MaxSeq = 99_999;

    public const int MaxReportedGaps = 1_000;

    /// <summary>No question allows this many retakes; it bounds the answer keys a token can create.</summary>
    public const int MaxAttempt = 20;

    public static void MapChunkIngest(this IEndpointRouteBuilder app)
    {
        app.MapPut(Route, PutAsync)
            .WithTags("Interview answers")
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(ChunkUpload.MaxRequestBytes))
            .Produces<ChunkAcknowledgement>();
    }

    private static async Task<ChunkAcknowledgement> PutAsync(
        Guid id, string questionId, int seq, string? kind, int? attempt,
        HttpContext http, InvitationTokenService tokens, IClusterClient cluster, ChunkStore store, ILogger<ChunkStore> logger,
        CancellationToken cancellationToken)
    {
        using var timing = PipelineMeter.Time(PipelineStage.Ingest);
        var token = AnswerUploadAccess.Token(http, tokens, id);
        if (!ChunkKinds.TryParse(kind, out var chunkKind))
            throw ApiProblemException.Invalid("kind", "'kind' must be 'frame' or 'audio'.");
        if (seq is < 0 or > MaxSeq)
            throw ApiProblemException.Invalid("seq", $"'seq' must be between 0 and {MaxSeq}.");
        // Attempt n > 0 of a question is stored under its own answer key, so each attempt counts from seq 0.
        var answerKey = AnswerUploadAccess.AnswerKey(questionId, attempt);
        var chunks = await ChunkUpload.ReadAsync(http.Request, chunkKind, seq, cancellationToken);

        // The body is in hand before the interview is asked: the consent read here is at most one write older than the store.
        InterviewSnapshot interview;
        using (PipelineMeter.Time(PipelineStage.IngestAdmission))
            interview = (await AnswerUploadAccess.AnsweringAsync(token, cluster, questionId, attempt)).Interview;
        if (MediaConsent.Of(interview).WhyNotStore(chunkKind) is { } refusal)
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Not covered by consent",
                $"A {chunkKind.Name()} chunk is not stored: {refusal.Reason}.", "kind") { Code = refusal.Code };

        ChunkReceipt[] receipts;
        using (PipelineMeter.Time(PipelineStage.IngestStore))
        {
            // Queued in order, so the chunks of one upload share a commit and the last receipt sees them all.
            var track = new AnswerTrack(id, answerKey, chunkKind);
            receipts = await Task.WhenAll(chunks.Select(c =>
                store.ReceiveAsync(new AnswerChunk(track, c.Seq, c.ContentType, c.Payload, interview.Invitation.CandidateId), cancellationToken)));
        }
        using (PipelineMeter.Time(PipelineStage.IngestDoorbell))
            foreach (var chunk in chunks)
                await RingAsync(cluster, interview, new ChunkStored(id, answerKey, chunkKind, chunk.Seq, Payload: chunk.Payload), logger);
        var sequence = receipts[^1].Sequence;
        return new ChunkAcknowledgement(receipts.All(r => r.Stored), seq, sequence.NextExpectedSeq, [.. sequence.MissingSeqs.Take(MaxReportedGaps)])
        {
            Count = chunks.Count,
            AlreadyStoredSeqs = [.. chunks.Where((_, i) => !receipts[i].Stored).Select(c => c.Seq)],
        };
    }

    /// <summary>
    /// Step 3: tells the scorers a chunk is stored (a resend rings again: scorers keep one reading per seq). A lost doorbell
    /// costs nothing that matters: the chunk is committed, and the answer's scoring reads the store at finish.
    /// </summary>
    internal static async Task RingAsync(IClusterClient cluster, InterviewSnapshot interview, ChunkStored chunk, ILogger logger)
    {
        try
        {
            await ChunkDoorbell.RingAsync(cluster.GetStreamProvider(InterviewStreams.Provider), interview, chunk);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The doorbell for chunk {Seq} of {AnswerKey} was not published; the store has the chunk", chunk.Seq, chunk.AnswerKey);
        }
    }
}
