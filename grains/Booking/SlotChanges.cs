namespace BankHire.Booking;

/// <summary>
/// What HR may change of a published slot: nothing once it has started; with seats taken, not its time or length
/// (those candidates planned around them: cancel the slot, which tells them) nor a capacity below the seats taken.
/// </summary>
public static class SlotChanges
{
    public static void Edit(CalendarSlot slot, SlotDraft draft, DateTimeOffset now)
    {
        EnsureNotStarted(slot, now);
        var booked = slot.Holders.Count;
        if (booked > 0 && (draft.StartsAt != slot.StartsAt || draft.DurationMinutes != slot.DurationMinutes))
            throw new BookingException(
                $"Slot '{slot.Id}' has {booked} booking(s): its time and length cannot change. Cancel it (the candidates are told) and publish another.", "startsAt");
        if (draft.Capacity < booked)
            throw new BookingException($"Slot '{slot.Id}' has {booked} booking(s): its capacity cannot be less.", "capacity");
        slot.StartsAt = draft.StartsAt;
        slot.DurationMinutes = draft.DurationMinutes;
        slot.Capacity = draft.Capacity;
        slot.BookingDeadline = draft.BookingDeadline;
        slot.Location = draft.Location;
    }

    public static void EnsureNotStarted(CalendarSlot slot, DateTimeOffset now)
    {
        if (now >= slot.StartsAt) throw new BookingException($"Slot '{slot.Id}' started at {slot.StartsAt:u}; it can no longer be changed or cancelled.", "slotId");
    }
}
