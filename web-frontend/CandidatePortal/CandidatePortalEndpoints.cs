using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;

namespace BankHire.Web.CandidatePortal;

/// <summary>
/// What a candidate reaches with their invitation token (header X-Invitation-Token): their own interview,
/// nothing else. No HR cookie is involved.
/// </summary>
public static class CandidatePortalEndpoints
{
    public const string TokenHeader = "X-Invitation-Token";

    public sealed record CandidateInterviewView(Guid InterviewId, InterviewStatus Status, string JobTitleZh, string JobTitleEn, DateTimeOffset ExpiresAt, DateTimeOffset? BookedSlot);

    public sealed record BookingRequest(DateTimeOffset Slot);

    public static void MapCandidatePortal(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidate").WithTags("Candidate portal").AllowAnonymous();
        group.MapGet("/interview", async (HttpContext http, InvitationTokenService tokens, IGrainFactory grains) =>
            await ViewAsync(await AuthorisedAsync(http, tokens, grains), grains));
        group.MapPost("/interview/booking", async (BookingRequest request, HttpContext http, InvitationTokenService tokens, IGrainFactory grains, TimeProvider clock) =>
        {
            var interview = await AuthorisedAsync(http, tokens, grains);
            if (request.Slot < clock.GetUtcNow()) throw ApiProblemException.Invalid("slot", "The slot is in the past.");
            return await ViewAsync(await grains.GetGrain<IInterviewSessionGrain>(interview.Id).BookAsync(request.Slot), grains);
        });
    }

    internal static async Task<InterviewSnapshot> AuthorisedAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var check = tokens.Validate(http.Request.Headers[TokenHeader].ToString());
        if (!check.IsValid) throw new ApiProblemException(401, "Invitation not accepted", check.Failure!, TokenHeader);
        return await grains.GetGrain<IInterviewSessionGrain>(check.InterviewId).GetAsync()
            ?? throw new ApiProblemException(401, "Invitation not accepted", "The interview of this invitation no longer exists.", TokenHeader);
    }

    private static async Task<CandidateInterviewView> ViewAsync(InterviewSnapshot interview, IGrainFactory grains)
    {
        var job = await grains.GetGrain<IJobRubricGrain>(interview.Invitation.JobId).GetAsync() ?? throw new JobNotFoundException(interview.Invitation.JobId);
        return new CandidateInterviewView(interview.Id, interview.Status, job.Posting.TitleZh, job.Posting.TitleEn, interview.Invitation.ExpiresAt, interview.BookedSlot);
    }
}
