using BankHire.Banks;
using BankHire.Booking;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.SecondRound;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;

namespace BankHire.Web.CandidateStatus;

/// <summary>GET /api/candidate/status: the status page's one read, authorised by the invitation token like the interview.</summary>
public static class CandidateStatusEndpoints
{
    public static void MapCandidateStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/candidate/status", StatusAsync).WithTags("Candidate portal").AllowAnonymous()
            .WithSummary("The candidate's stage, next step, booked time and released feedback (header X-Invitation-Token).");
    }

    private static async Task<CandidateStatusView> StatusAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var interview = await CandidatePortalEndpoints.AuthorisedAsync(http, tokens, grains);
        var invitation = interview.Invitation;
        var candidate = await grains.GetGrain<ICandidateGrain>(invitation.CandidateId).GetAsync()
            ?? throw new ApiProblemException(401, "Invitation not accepted", "The candidate of this invitation no longer exists.", CandidatePortalEndpoints.TokenHeader);
        var job = await grains.GetGrain<IJobRubricGrain>(invitation.JobId).GetAsync() ?? throw new JobNotFoundException(invitation.JobId);
        var bank = await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        var slot = await grains.GetGrain<IBookingCalendarGrain>(invitation.JobId).SlotOfAsync(interview.Id);
        var booking = slot is not null ? new CandidateStatusView.BookedTime(slot.StartsAt, slot.DurationMinutes, slot.Location)
            : interview.BookedSlot is { } at ? new CandidateStatusView.BookedTime(at, null, null)
            : null;
        var stage = CandidateStatusRules.Stage(candidate.Stage, interview.Status);
        var secondRound = stage == StatusStage.SecondRound ? (await grains.GetGrain<ISecondRoundGrain>(candidate.Id).GetAsync())?.ScheduledAt : null;
        var progress = await grains.GetGrain<IInterviewSessionGrain>(interview.Id).GetProgressAsync();
        return new CandidateStatusView(interview.Id, candidate.Application.Contact.FullName, job.Posting.TitleZh, job.Posting.TitleEn,
            bank?.NameZh ?? "", bank?.NameEn ?? "", stage, CandidateStatusRules.Next(stage), invitation.ExpiresAt, booking,
            CandidateStatusRules.CanBook(stage), secondRound, progress?.ReportReady ?? false,
            await CandidateFeedback.VisibleAsync(grains, interview.Id))
        {
            Jurisdiction = PrivacyNotice.JurisdictionOf(await JobJurisdiction.PackAsync(grains, candidate.Application.JobId)),
        };
    }
}
