using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.CandidatePortal;

/// <summary>
/// What a candidate reaches with their invitation token (header X-Invitation-Token): their own interview,
/// nothing else. No HR cookie is involved. The live interview's steps are in <see cref="CandidateInterviewEndpoints"/>.
/// </summary>
public static class CandidatePortalEndpoints
{
    public const string TokenHeader = "X-Invitation-Token";

    /// <summary>Where a candidate lists the open slots of their job and books one (see BookingEndpoints).</summary>
    public const string SlotsRoute = "/api/candidate/interview/slots";

    public const string SlotRoute = "/api/candidate/interview/slot";

    public static void MapCandidatePortal(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidate").WithTags("Candidate portal").AllowAnonymous();
        group.MapGet("/interview", GetAsync);
        // Retired: it booked any time it was given, past the calendar's capacity and deadlines. Answered for clients still
        // calling it, without reading the body or the token, so nothing can be booked this way any more.
        group.MapPost("/interview/booking", RetiredBooking)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary($"Retired (410): use GET {SlotsRoute} and POST {SlotRoute}, which keep the slots' capacity and booking deadlines.");
        group.MapCandidateInterview();
    }

    private static async Task<CandidateInterviewView> GetAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains, ChunkStore store) =>
        await ViewAsync(await AuthorisedAsync(http, tokens, grains), grains, store, http.RequestAborted);

    private static ProblemHttpResult RetiredBooking() => TypedResults.Problem(
        statusCode: StatusCodes.Status410Gone,
        title: "Endpoint retired",
        detail: $"Booking a free time is retired: list the open slots with GET {SlotsRoute} and book one with POST {SlotRoute} {{\"slotId\": \"…\"}}.",
        extensions: new Dictionary<string, object?> { ["field"] = "slot", ["use"] = SlotRoute, ["slots"] = SlotsRoute });

    internal static async Task<InterviewSnapshot> AuthorisedAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        await grains.GetGrain<IInterviewSessionGrain>(await AuthorisedIdAsync(http, tokens, grains)).GetAsync() ?? throw Gone();

    /// <summary>The same check, answered with the whole progress: one grain call for callers that need it anyway.</summary>
    internal static async Task<InterviewProgress> AuthorisedProgressAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
        await ProgressInForceAsync(SignedToken(http, tokens), grains);

    /// <summary>The token's signature and expiry, checked here without asking the interview.</summary>
    internal static InvitationTokenCheck SignedToken(HttpContext http, InvitationTokenService tokens)
    {
        var check = tokens.Validate(http.Request.Headers[TokenHeader].ToString());
        return check.IsValid ? check : throw new ApiProblemException(401, "Invitation not accepted", check.Failure!, TokenHeader);
    }

    /// <summary>Whether the signed token is still the interview's token in force, and its progress, in one grain call.</summary>
    internal static async Task<InterviewProgress> ProgressInForceAsync(InvitationTokenCheck token, IGrainFactory grains) =>
        await grains.GetGrain<IInterviewSessionGrain>(token.InterviewId).ProgressForTokenAsync(token.TokenId)
            ?? throw new ApiProblemException(401, "Invitation not accepted", InvitationTokenService.Replaced, TokenHeader);

    private static async Task<Guid> AuthorisedIdAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var check = await tokens.ValidateAsync(grains, http.Request.Headers[TokenHeader].ToString());
        if (!check.IsValid) throw new ApiProblemException(401, "Invitation not accepted", check.Failure!, TokenHeader);
        return check.InterviewId;
    }

    private static ApiProblemException Gone() =>
        new(401, "Invitation not accepted", "The interview of this invitation no longer exists.", TokenHeader);

    internal static async Task<CandidateInterviewView> ViewAsync(InterviewSnapshot interview, IGrainFactory grains, ChunkStore store, CancellationToken cancellation)
    {
        var progress = await grains.GetGrain<IInterviewSessionGrain>(interview.Id).GetProgressAsync()
            ?? throw new ApiProblemException(401, "Invitation not accepted", "The interview of this invitation no longer exists.", TokenHeader);
        return await CandidateViews.BuildAsync(progress, grains, store, cancellation);
    }
}
