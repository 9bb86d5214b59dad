using System.Collections.Immutable;

namespace BankHire.Booking;

/// <summary>The interview slots of one job and who holds a seat in each. Keyed by job id.</summary>
[Alias("bankhire.IBookingCalendarGrain")]
public interface IBookingCalendarGrain : IGrainWithStringKey
{
    [Alias("Publish")] ValueTask<BookingSlot> PublishAsync(SlotDraft draft);

    /// <summary>Every slot, earliest first.</summary>
    [Alias("List")] ValueTask<ImmutableArray<BookingSlot>> ListAsync();

    /// <summary>Slots a candidate may book now: before their deadline and with a free seat.</summary>
    [Alias("Open")] ValueTask<ImmutableArray<BookingSlot>> OpenAsync();

    /// <summary>
    /// Gives the interview a seat in the slot, releasing the seat it held in another slot (rebooking); the same slot
    /// again is harmless. Refused with <see cref="BookingException"/> when the slot is full or past its deadline, or
    /// when the interview's current slot is past its deadline.
    /// </summary>
    [Alias("Reserve")] ValueTask<BookingSlot> ReserveAsync(Guid interviewId, string slotId);

    /// <summary>Frees the interview's seat, if it holds one.</summary>
    [Alias("Release")] ValueTask ReleaseAsync(Guid interviewId);

    /// <summary>The slot the interview holds a seat in, or null.</summary>
    [Alias("SlotOf")] ValueTask<BookingSlot?> SlotOfAsync(Guid interviewId);

    /// <summary>
    /// Changes a slot before it starts. With seats taken its time and length stay (cancel it instead, so the candidates
    /// are told) and its capacity cannot drop below the seats taken; refused with <see cref="BookingException"/>.
    /// </summary>
    [Alias("Edit")] ValueTask<BookingSlot> EditAsync(string slotId, SlotDraft draft);

    /// <summary>Takes a slot that has not started off the calendar, freeing its seats; the caller tells the holders.</summary>
    [Alias("Cancel")] ValueTask<CancelledSlot> CancelAsync(string slotId);

    /// <summary>The interviews holding a seat in the slot, in booking order.</summary>
    [Alias("Holders")] ValueTask<ImmutableArray<Guid>> HoldersAsync(string slotId);
}
