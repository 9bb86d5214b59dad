using BankHire.Answers;
using Microsoft.AspNetCore.Http.HttpResults;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Evidence;

/// <summary>
/// One stored frame of an answered question, as the candidate's camera sent it (JPEG), for HR to see what an
/// indicator was measured on. Served only under the consent <see cref="FrameAccess"/> requires, never cached.
/// </summary>
public static class AnswerFrameEndpoints
{
    public const string Route = "/api/interviews/{id:guid}/answers/{questionId}/frames/{seq:int}";

    public static void MapAnswerFrames(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, FrameAsync).WithTags("Interviews").RequireAuthorization(AuthPolicies.Interviewing)
            .WithSummary("One frame of an answered question (image/jpeg); only with the candidate's face and keep-recording consent.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<FileContentHttpResult> FrameAsync(Guid id, string questionId, int seq, HttpContext http, IGrainFactory grains, ChunkStore store,
        CancellationToken cancellationToken)
    {
        var progress = await grains.GetGrain<IInterviewSessionGrain>(id).GetProgressAsync()
            ?? throw ApiProblemException.NotFound($"Interview {id}", "id");
        if (FrameAccess.WhyNot(progress) is { } why)
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Frames withheld", $"The frames of interview {id} are not shown: {why.Reason}.", "consent");
        var question = progress.Questions.FirstOrDefault(q => q.QuestionId == questionId)
            ?? throw ApiProblemException.NotFound($"Question '{questionId}' of interview {id}", "questionId");
        if (question.State != QuestionState.Answered)
            throw new ApiProblemException(StatusCodes.Status404NotFound, "Not found", $"Question '{questionId}' is {question.State}, not answered.", "questionId");
        if (seq < 0 || seq >= question.FrameCount)
            throw new ApiProblemException(StatusCodes.Status404NotFound, "Not found",
                $"The answer to '{questionId}' has {question.FrameCount} frame(s); there is no frame {seq}.", "seq");
        var stored = await store.ReadAsync(new AnswerTrack(id, question.AnswerKey, ChunkKind.Frame), seq, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Frame {seq} of the answer to '{questionId}'", "seq");
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(stored.Chunk.Payload, "image/jpeg");
    }
}
