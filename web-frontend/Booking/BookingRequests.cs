using System.Collections.Immutable;
using BankHire.Interviews;

namespace BankHire.Web.Booking;

public sealed record NewSlot(DateTimeOffset StartsAt, int DurationMinutes, int Capacity, DateTimeOffset BookingDeadline, string? Location = null);

public sealed record SlotChoice(string SlotId);

public sealed record CandidateSlotsView(BankHire.Booking.BookingSlot? BookedSlot, ImmutableArray<BankHire.Booking.BookingSlot> Slots);

public sealed record CandidateBookingView(BankHire.Booking.BookingSlot Slot, InterviewStatus Status);
