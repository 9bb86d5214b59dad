using System.Collections.Immutable;
using BankHire.Interviews;
using BankHire.Web.Problems;

namespace BankHire.Web.Booking;

/// <summary>A slot HR publishes; "in the future" depends on the clock and is checked by the handler.</summary>
public sealed record NewSlot(DateTimeOffset StartsAt, int DurationMinutes, int Capacity, DateTimeOffset BookingDeadline, string? Location = null) : IValidatedRequest
{
    public void Validate()
    {
        if (DurationMinutes is < 5 or > 480) throw ApiProblemException.Invalid("durationMinutes", "'durationMinutes' must be between 5 and 480.");
        if (Capacity is < 1 or > 10_000) throw ApiProblemException.Invalid("capacity", "'capacity' must be between 1 and 10000.");
        if (BookingDeadline > StartsAt) throw ApiProblemException.Invalid("bookingDeadline", "'bookingDeadline' must not be after 'startsAt'.");
        Require.OptionalText(Location, "location");
    }
}

public sealed record SlotChoice(string SlotId) : IValidatedRequest
{
    public void Validate() => Require.Text(SlotId, "slotId", 64);
}

public sealed record CandidateSlotsView(BankHire.Booking.BookingSlot? BookedSlot, ImmutableArray<BankHire.Booking.BookingSlot> Slots);

public sealed record CandidateBookingView(BankHire.Booking.BookingSlot Slot, InterviewStatus Status);

/// <summary>A cancelled slot and how many candidates were told.</summary>
public sealed record SlotCancelledView(BankHire.Booking.BookingSlot Slot, int CandidatesTold);

/// <summary>Who holds a seat in a slot.</summary>
public sealed record SlotBookingView(Guid CandidateId, string FullName, BankHire.Candidates.CandidateStage Stage, Guid InterviewId);
