using System.Collections.Immutable;
using BankHire.Booking;
using BankHire.Candidates;
using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Web.Identity;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BankHire.Web.Booking;

/// <summary>HR changes or cancels a published slot and sees who booked it; a cancelled slot's candidates are told.</summary>
public static class SlotChangeEndpoints
{
    public static void MapSlotChanges(this IEndpointRouteBuilder app)
    {
        var slots = app.MapGroup("/api/jobs/{jobId}/slots").WithTags("Booking");
        slots.MapPut("/{slotId}", EditSlotAsync).RequireAuthorization(AuthPolicies.Recruiting).WithName("EditSlot")
            .WithSummary("Changes a slot before it starts (with bookings: capacity, deadline and place only).");
        slots.MapDelete("/{slotId}", CancelSlotAsync).RequireAuthorization(AuthPolicies.Recruiting).WithName("CancelSlot")
            .WithSummary("Cancels a slot before it starts; each candidate who booked it is told and may book another.");
        slots.MapGet("/{slotId}/bookings", ListBookingsAsync).RequireAuthorization(AuthPolicies.Recruiting).WithName("ListSlotBookings")
            .WithSummary("The candidates holding a seat in the slot.");
    }

    private static async Task<Ok<BookingSlot>> EditSlotAsync(string jobId, string slotId, NewSlot request, IGrainFactory grains, TimeProvider clock)
    {
        var calendar = await CalendarOfAsync(grains, jobId, slotId);
        if (request.StartsAt <= clock.GetUtcNow()) throw ApiProblemException.Invalid("startsAt", "'startsAt' must be in the future.");
        var slot = await calendar.EditAsync(slotId, new SlotDraft(request.StartsAt, request.DurationMinutes, request.Capacity,
            request.BookingDeadline, Require.OptionalText(request.Location, "location")));
        return TypedResults.Ok(slot);
    }

    private static async Task<Ok<SlotCancelledView>> CancelSlotAsync(string jobId, string slotId, IGrainFactory grains)
    {
        var calendar = await CalendarOfAsync(grains, jobId, slotId);
        var cancelled = await calendar.CancelAsync(slotId);
        foreach (var interview in cancelled.Interviews)
            await grains.GetGrain<IInterviewFollowUpGrain>(interview).SlotCancelledAsync(cancelled.Slot);
        return TypedResults.Ok(new SlotCancelledView(cancelled.Slot, cancelled.Interviews.Length));
    }

    private static async Task<Ok<ImmutableArray<SlotBookingView>>> ListBookingsAsync(string jobId, string slotId, IGrainFactory grains)
    {
        var calendar = await CalendarOfAsync(grains, jobId, slotId);
        var bookings = ImmutableArray.CreateBuilder<SlotBookingView>();
        foreach (var interviewId in await calendar.HoldersAsync(slotId))
        {
            if (await grains.GetGrain<IInterviewSessionGrain>(interviewId).GetAsync() is not { } interview) continue;
            if (await grains.GetGrain<ICandidateGrain>(interview.Invitation.CandidateId).GetAsync() is not { } candidate) continue;
            bookings.Add(new SlotBookingView(candidate.Id, candidate.Application.Contact.FullName, candidate.Stage, interviewId));
        }
        return TypedResults.Ok(bookings.ToImmutable());
    }

    /// <summary>The job's calendar, once the job and the slot are known to exist (404 otherwise).</summary>
    private static async Task<IBookingCalendarGrain> CalendarOfAsync(IGrainFactory grains, string jobId, string slotId)
    {
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw new JobNotFoundException(jobId);
        var calendar = grains.GetGrain<IBookingCalendarGrain>(jobId);
        if (!(await calendar.ListAsync()).Any(s => s.Id == slotId)) throw ApiProblemException.NotFound($"Slot '{slotId}'", "slotId");
        return calendar;
    }
}
