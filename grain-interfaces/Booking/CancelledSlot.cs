using System.Collections.Immutable;

namespace BankHire.Booking;

/// <summary>A slot HR took off the calendar and the interviews that held its seats (each to be told).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CancelledSlot")]
public sealed record CancelledSlot(BookingSlot Slot, ImmutableArray<Guid> Interviews);
