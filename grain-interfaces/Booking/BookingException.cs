namespace BankHire.Booking;

/// <summary>A booking the calendar refuses: the slot is full, past its deadline or unknown.</summary>
[GenerateSerializer, Alias("bankhire.BookingException")]
public sealed class BookingException(string message, string field) : Exception(message)
{
    [Id(0)] public string Field { get; } = field;
}
