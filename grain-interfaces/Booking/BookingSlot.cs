namespace BankHire.Booking;

/// <summary>A published slot and how many of its seats are taken.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.BookingSlot")]
public sealed record BookingSlot(
    string Id, DateTimeOffset StartsAt, int DurationMinutes, int Capacity, DateTimeOffset BookingDeadline, string? Location, int Booked)
{
    public int SeatsLeft => Math.Max(0, Capacity - Booked);
}
