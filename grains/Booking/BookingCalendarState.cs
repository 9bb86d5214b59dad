namespace BankHire.Booking;

[GenerateSerializer, Alias("bankhire.BookingCalendarState")]
public sealed class BookingCalendarState
{
    [Id(0)] public List<CalendarSlot> Slots { get; set; } = [];

    [Id(1)] public int LastSlotNumber { get; set; }
}
