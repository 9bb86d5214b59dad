using BankHire.Hosting.Chunks;
using BankHire.Interviews;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;

namespace BankHire.Web.CandidatePortal;

/// <summary>
/// What a candidate reaches with their invitation token (header X-Invitation-Token): their own interview,
/// nothing else. No HR cookie is involved. The live interview's steps are in <see cref="CandidateInterviewEndpoints"/>.
/// </summary>
public static class CandidatePortalEndpoints
{
    public const string TokenHeader = "X-Invitation-Token";

    public sealed record BookingRequest(DateTimeOffset Slot);

    public static void MapCandidatePortal(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidate").WithTags("Candidate portal").AllowAnonymous();
        group.MapGet("/interview", async (HttpContext http, InvitationTokenService tokens, IGrainFactory grains, ChunkStore store) =>
            await ViewAsync(await AuthorisedAsync(http, tokens, grains), grains, store, http.RequestAborted));
        group.MapPost("/interview/booking", async (BookingRequest request, HttpContext http, InvitationTokenService tokens, IGrainFactory grains, ChunkStore store, TimeProvider clock) =>
        {
            var interview = await AuthorisedAsync(http, tokens, grains);
            if (request.Slot < clock.GetUtcNow()) throw ApiProblemException.Invalid("slot", "The slot is in the past.");
            return await ViewAsync(await grains.GetGrain<IInterviewSessionGrain>(interview.Id).BookAsync(request.Slot), grains, store, http.RequestAborted);
        });
        group.MapCandidateInterview();
    }

    internal static async Task<InterviewSnapshot> AuthorisedAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var check = tokens.Validate(http.Request.Headers[TokenHeader].ToString());
        if (!check.IsValid) throw new ApiProblemException(401, "Invitation not accepted", check.Failure!, TokenHeader);
        return await grains.GetGrain<IInterviewSessionGrain>(check.InterviewId).GetAsync()
            ?? throw new ApiProblemException(401, "Invitation not accepted", "The interview of this invitation no longer exists.", TokenHeader);
    }

    internal static async Task<CandidateInterviewView> ViewAsync(InterviewSnapshot interview, IGrainFactory grains, ChunkStore store, CancellationToken cancellation)
    {
        var progress = await grains.GetGrain<IInterviewSessionGrain>(interview.Id).GetProgressAsync()
            ?? throw new ApiProblemException(401, "Invitation not accepted", "The interview of this invitation no longer exists.", TokenHeader);
        return await CandidateViews.BuildAsync(progress, grains, store, cancellation);
    }
}
