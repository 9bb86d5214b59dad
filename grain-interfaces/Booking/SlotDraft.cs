namespace BankHire.Booking;

/// <summary>A slot HR publishes: when it starts, how long, how many seats, until when candidates may (re)book it.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.SlotDraft")]
public sealed record SlotDraft(DateTimeOffset StartsAt, int DurationMinutes, int Capacity, DateTimeOffset BookingDeadline, string? Location);
