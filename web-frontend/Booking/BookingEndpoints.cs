using System.Collections.Immutable;
using BankHire.Booking;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Web.CandidatePortal;
using BankHire.Web.Identity;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Booking;

/// <summary>HR publishes interview slots per job; the candidate, with their invitation token, lists and books one.</summary>
public static class BookingEndpoints
{
    public static void MapBooking(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Booking");
        jobs.MapGet("/{jobId}/slots", ListAsync).RequireAuthorization(AuthPolicies.AnyHr).WithSummary("The job's interview slots with seats taken.");
        jobs.MapPost("/{jobId}/slots", PublishAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Publishes an interview slot: start, duration, capacity, booking deadline.");

        var candidate = app.MapGroup("/api/candidate/interview").WithTags("Candidate portal").AllowAnonymous();
        candidate.MapGet("/slots", OpenSlotsAsync)
            .WithSummary("Slots the candidate may book (before their deadline, with a free seat, before the invitation expires).");
        candidate.MapPost("/slot", BookAsync)
            .WithSummary("Books a slot (or moves to another until the deadline, releasing the old seat); the interview becomes Booked.");

        app.MapSlotChanges();
    }

    private static async Task<ImmutableArray<BookingSlot>> ListAsync(string jobId, IGrainFactory grains)
    {
        await ExistingJobAsync(grains, jobId);
        return await grains.GetGrain<IBookingCalendarGrain>(jobId).ListAsync();
    }

    private static async Task<CandidateSlotsView> OpenSlotsAsync(HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var interview = await CandidatePortalEndpoints.AuthorisedAsync(http, tokens, grains);
        var calendar = grains.GetGrain<IBookingCalendarGrain>(interview.Invitation.JobId);
        var open = await calendar.OpenAsync();
        return new CandidateSlotsView(await calendar.SlotOfAsync(interview.Id), [.. open.Where(s => s.StartsAt <= interview.Invitation.ExpiresAt)]);
    }

    private static async Task<CandidateBookingView> BookAsync(SlotChoice choice, HttpContext http, InvitationTokenService tokens, IGrainFactory grains)
    {
        var interview = await CandidatePortalEndpoints.AuthorisedAsync(http, tokens, grains);
        var slot = await grains.GetGrain<IInterviewFollowUpGrain>(interview.Id).BookAsync(interview.Invitation.JobId, interview.Invitation.CandidateId, choice.SlotId.Trim());
        var booked = await grains.GetGrain<IInterviewSessionGrain>(interview.Id).GetAsync();
        return new CandidateBookingView(slot, booked?.Status ?? InterviewStatus.Booked);
    }

    private static async Task<Created<BookingSlot>> PublishAsync(string jobId, NewSlot request, IGrainFactory grains, TimeProvider clock)
    {
        await ExistingJobAsync(grains, jobId);
        var now = clock.GetUtcNow();
        if (request.StartsAt <= now) throw ApiProblemException.Invalid("startsAt", "'startsAt' must be in the future.");
        if (request.BookingDeadline <= now) throw ApiProblemException.Invalid("bookingDeadline", "'bookingDeadline' must be in the future.");
        var slot = await grains.GetGrain<IBookingCalendarGrain>(jobId).PublishAsync(
            new SlotDraft(request.StartsAt, request.DurationMinutes, request.Capacity, request.BookingDeadline, Require.OptionalText(request.Location, "location")));
        return TypedResults.Created($"/api/jobs/{jobId}/slots", slot);
    }

    private static async Task ExistingJobAsync(IGrainFactory grains, string id)
    {
        if (await grains.GetGrain<IJobRubricGrain>(id).GetAsync() is null) throw new JobNotFoundException(id);
    }
}
