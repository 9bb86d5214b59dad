namespace BankHire.Booking;

/// <summary>A slot as the calendar stores it, with the interviews holding its seats.</summary>
[GenerateSerializer, Alias("bankhire.CalendarSlot")]
public sealed class CalendarSlot
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public DateTimeOffset StartsAt { get; set; }
    [Id(2)] public int DurationMinutes { get; set; }
    [Id(3)] public int Capacity { get; set; }
    [Id(4)] public DateTimeOffset BookingDeadline { get; set; }
    [Id(5)] public string? Location { get; set; }
    [Id(6)] public List<Guid> Holders { get; set; } = [];

    public BookingSlot View() => new(Id, StartsAt, DurationMinutes, Capacity, BookingDeadline, Location, Holders.Count);
}
