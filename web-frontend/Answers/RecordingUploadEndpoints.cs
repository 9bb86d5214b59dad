using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Mvc;

namespace BankHire.Web.Answers;

/// <summary>
/// The answer's path for browsers that cannot capture live (in-app browsers without getUserMedia or MediaRecorder):
/// the phone's own camera records the answer and the page uploads the file resumably. POST declares the length (or
/// returns where an upload of that length stands), GET tells the offset stored, PATCH sends the part starting at
/// <c>Upload-Offset</c> (acknowledged only once sealed and on disk; a part resent at a stored offset with the same bytes
/// is acknowledged again), and POST …/finish decodes the file into the answer's frames and audio
/// (<see cref="RecordingIngest"/>; done once, a second finish returns the same counts). Authorised as live chunks are
/// (<see cref="AnswerUploadAccess"/>): the invitation token, the attempt in progress and the consent in force.
/// </summary>
public static class RecordingUploadEndpoints
{
    public const string Route = "/api/interviews/{id:guid}/answers/{questionId}/recording";
    public const string OffsetHeader = "Upload-Offset";

    /// <summary>A 10-minute 1080p phone recording is about 150 MB.</summary>
    public const long MaxRecordingBytes = 200L * 1024 * 1024;

    /// <summary>Small enough to resend cheaply on a weak mobile connection.</summary>
    public const int MaxPartBytes = 4 * 1024 * 1024;

    public sealed record BeginRequest(long Length) : IValidatedRequest
    {
        public void Validate()
        {
            if (Length is <= 0 or > MaxRecordingBytes)
                throw new ApiProblemException(Length <= 0 ? 400 : StatusCodes.Status413PayloadTooLarge, Length <= 0 ? "Invalid field" : "Recording too large",
                    $"'length' must be between 1 and {MaxRecordingBytes} bytes ({MaxRecordingBytes / (1024 * 1024)} MB).", "length") { Code = Length <= 0 ? null : "recordingTooLarge" };
        }
    }

    public static void MapRecordingUploads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Interview answers").AllowAnonymous();
        group.MapPost("", BeginAsync).Produces<RecordingUploadView>();
        group.MapGet("", Status).Produces<RecordingUploadView>();
        group.MapPatch("", AppendAsync).WithMetadata(new RequestSizeLimitAttribute(MaxPartBytes)).Produces<RecordingUploadView>();
        group.MapPost("/finish", FinishAsync).Produces<RecordingUploadView>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<RecordingUploadView> BeginAsync(Guid id, string questionId, int? attempt, BeginRequest request,
        HttpContext http, InvitationTokenService tokens, IClusterClient cluster, RecordingUploadStore uploads)
    {
        var (interview, answerKey) = await AnsweringAsync(id, questionId, attempt, http, tokens, cluster);
        using (await uploads.LockAsync(id, answerKey, http.RequestAborted))
            return RecordingUploadView.Of(await uploads.BeginAsync(interview.Id, answerKey, request.Length, http.RequestAborted));
    }

    private static RecordingUploadView Status(Guid id, string questionId, int? attempt, HttpContext http, InvitationTokenService tokens, RecordingUploadStore uploads)
    {
        AnswerUploadAccess.Token(http, tokens, id);
        var answerKey = AnswerUploadAccess.AnswerKey(questionId, attempt);
        return RecordingUploadView.Of(uploads.Find(id, answerKey) ?? throw NoUpload());
    }

    private static async Task<RecordingUploadView> AppendAsync(Guid id, string questionId, int? attempt,
        HttpContext http, InvitationTokenService tokens, IClusterClient cluster, RecordingUploadStore uploads)
    {
        var token = AnswerUploadAccess.Token(http, tokens, id);
        var answerKey = AnswerUploadAccess.AnswerKey(questionId, attempt);
        if (!long.TryParse(http.Request.Headers[OffsetHeader].ToString(), out var offset) || offset < 0)
            throw ApiProblemException.Invalid(OffsetHeader, $"The '{OffsetHeader}' header must give the part's first byte (0 or more).");
        var part = await ReadPartAsync(http.Request, http.RequestAborted);
        var interview = await CoveredAsync(token, cluster, questionId, attempt);
        using (await uploads.LockAsync(id, answerKey, http.RequestAborted))
        {
            var upload = uploads.Find(id, answerKey) ?? throw NoUpload();
            var write = await uploads.AppendAsync(id, answerKey, interview.Invitation.CandidateId, offset, part, http.RequestAborted);
            if (write == RecordingUploadStore.PartWrite.Conflict)
                throw new ApiProblemException(409, "Upload offset mismatch",
                    $"The upload stands at byte {upload.Offset} of {upload.Length}; a part starting at {offset} ({part.Length} bytes) does not fit. Resume from {upload.Offset}.", OffsetHeader)
                { Code = "offsetMismatch" };
            return RecordingUploadView.Of(uploads.Find(id, answerKey)!);
        }
    }

    private static async Task<RecordingUploadView> FinishAsync(Guid id, string questionId, int? attempt,
        HttpContext http, InvitationTokenService tokens, IClusterClient cluster, RecordingUploadStore uploads, RecordingIngest ingest)
    {
        var token = AnswerUploadAccess.Token(http, tokens, id);
        var answerKey = AnswerUploadAccess.AnswerKey(questionId, attempt);
        using (await uploads.LockAsync(id, answerKey, http.RequestAborted))
        {
            var upload = uploads.Find(id, answerKey) ?? throw NoUpload();
            // Finishing twice stores nothing twice: the first finish's counts are the answer.
            if (upload.Decoded is not null) return RecordingUploadView.Of(upload);
            var interview = await CoveredAsync(token, cluster, questionId, attempt);
            if (!upload.Complete)
                throw new ApiProblemException(409, "Recording incomplete",
                    $"{upload.Offset} of {upload.Length} bytes are uploaded; send the rest from byte {upload.Offset} first.", OffsetHeader) { Code = "uploadIncomplete" };
            await ingest.DecodeAsync(interview, answerKey, http.RequestAborted);
            return RecordingUploadView.Of(uploads.Find(id, answerKey)!);
        }
    }

    private static async Task<(InterviewSnapshot Interview, string AnswerKey)> AnsweringAsync(Guid id, string questionId, int? attempt,
        HttpContext http, InvitationTokenService tokens, IClusterClient cluster)
    {
        var token = AnswerUploadAccess.Token(http, tokens, id);
        var answerKey = AnswerUploadAccess.AnswerKey(questionId, attempt);
        return (await CoveredAsync(token, cluster, questionId, attempt), answerKey);
    }

    /// <summary>The interview, once the attempt is in progress and the consent covers frames or audio (else nothing can be taken from the file).</summary>
    private static async Task<InterviewSnapshot> CoveredAsync(InvitationTokenCheck token, IClusterClient cluster, string questionId, int? attempt)
    {
        var interview = (await AnswerUploadAccess.AnsweringAsync(token, cluster, questionId, attempt)).Interview;
        var consent = MediaConsent.Of(interview);
        if (!consent.Allows(ChunkKind.Frame) && consent.WhyNotStore(ChunkKind.Audio) is { } refusal)
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Not covered by consent",
                $"A recording is not accepted: {refusal.Reason}.", "recording") { Code = refusal.Code };
        return interview;
    }

    private static async Task<byte[]> ReadPartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxPartBytes) throw PartTooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxPartBytes) throw PartTooLarge();
        }
        return buffer.Length > 0 ? buffer.ToArray() : throw ApiProblemException.Invalid("body", "The part is empty.");
    }

    private static ApiProblemException PartTooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"A part is at most {MaxPartBytes} bytes.", "body");

    private static ApiProblemException NoUpload() =>
        ApiProblemException.NotFound("An upload of this answer's recording", "recording");
}
