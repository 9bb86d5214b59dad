using System.Text.Json;
using System.Text.RegularExpressions;
using BankHire.Candidates;
using BankHire.Employees;
using BankHire.Interviews;
using BankHire.Jobs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BankHire.Web.Problems;

/// <summary>
/// Turns every failure into an RFC 9457 ProblemDetails that names the reason and, where known, the offending
/// field. Unknown exceptions become a 500 with a trace id but no internals.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, field) = Describe(exception);
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        else logger.LogInformation("Rejected {Method} {Path}: {Detail}", context.Request.Method, context.Request.Path, detail);

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        if (field is not null) problem.Extensions["field"] = field;
        if (exception is ApiProblemException { Code: { } code }) problem.Extensions["code"] = code;
        if (exception is InterviewWindowException window)
        {
            problem.Extensions["code"] = window.Code;
            problem.Extensions["slotStartsAt"] = window.SlotStartsAt;
            problem.Extensions["opensAt"] = window.OpensAt;
            problem.Extensions["latestStartAt"] = window.LatestStartAt;
            problem.Extensions["closesAt"] = window.ClosesAt;
            problem.Extensions["timeZone"] = window.TimeZone;
        }
        if (exception is MissingChunksException missing)
        {
            problem.Extensions["missingFrameSeqs"] = missing.MissingFrameSeqs;
            problem.Extensions["missingAudioSeqs"] = missing.MissingAudioSeqs;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Title, string Detail, string? Field) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } =>
            (400, "Malformed JSON body", JsonReason(json), JsonField(json)),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
            (413, "Request body too large", bad.Message, "body"),
        BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message, null),
        JsonException json => (400, "Malformed JSON body", JsonReason(json), JsonField(json)),
        PipelineException pipeline => (409, "Pipeline rule", pipeline.Message, pipeline.Field),
        BankHire.Booking.BookingException refused => (409, "Booking refused", refused.Message, refused.Field),
        BankHire.Hosting.Answers.ChunkConflictException conflict => (409, "Chunk already stored", conflict.Message, "seq"),
        JobNotFoundException missing => (404, "Job not found", missing.Message, "jobId"),
        EmployeeNotFoundException missing => (404, "Employee not found", missing.Message, "employeeId"),
        OnboardingException refused => (409, "Employee rule", refused.Message, refused.Field),
        BankHire.Attendance.AttendanceException refused when refused.Conflict => (409, "Attendance conflict", refused.Message, refused.Field),
        BankHire.Attendance.AttendanceException refused => (400, "Attendance rule", refused.Message, refused.Field),
        BankHire.Attendance.FaceException refused => (400, "Face check", refused.Message, refused.Field),
        InterviewStateException state => (409, "Interview state", state.Message, "status"),
        InterviewWindowException window => (409, "Outside the interview time", window.Message, "bookedSlot"),
        MissingChunksException missing => (409, "Chunks missing", missing.Message, "chunks"),
        InterviewInputException input => (400, "Invalid field", input.Message, input.Field),
        BankHire.SecondRound.ScorecardRefusedException refused => (409, "Second round rule", refused.Message, "interviewer"),
        ApiProblemException api => (api.Status, api.Title, api.Message, api.Field),
        _ when IsTransient(exception) =>
            (503, "Temporarily unavailable", "A silo or the database is not reachable right now; nothing was lost. Retry in a few seconds.", null),
        OperationCanceledException => (499, "Request cancelled", "The client closed the request.", null),
        _ => (500, "Internal error", "An unexpected error occurred; it has been logged with the trace id.", null),
    };

    // A silo that just died, a call that timed out or a database that is restarting: the request may succeed
    // if repeated, which is what 503 + Retry-After tells the caller (a 500 would say the server is broken).
    private static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // StorageUnavailableException is what silos send for their database or object store being away; a
            // DbException is this node's own database (chunk ingest) or a grain's state failing to load as it activates;
            // InconsistentStateException is a stale activation after a silo died, deactivated by the runtime.
            if (e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or System.Data.Common.DbException
                or BankHire.Cluster.StorageUnavailableException or Orleans.Storage.InconsistentStateException)
                return true;
        }
        return false;
    }

    private static string JsonReason(JsonException json) =>
        json.Path is { Length: > 0 } path ? $"{FirstSentence(json.Message)} (at {path})" : FirstSentence(json.Message);

    private static string? JsonField(JsonException json)
    {
        if (json.Path is { Length: > 1 } path) return path.TrimStart('$', '.');
        var missing = MissingProperty().Match(json.Message);
        return missing.Success ? missing.Groups[1].Value : null;
    }

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();

    // System.Text.Json appends path and position details after the first sentence; we report the path ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
