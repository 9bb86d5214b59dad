using System.Collections.Immutable;
using BankHire.Persistence;

namespace BankHire.Booking;

/// <summary>
/// A job's interview slots. One activation decides every booking of the job in turn, so a slot never takes more
/// candidates than its capacity however many book at once.
/// </summary>
[GrainType("booking-calendar")]
public sealed class BookingCalendarGrain(
    [PersistentState("booking-calendar")] IPersistentState<BookingCalendarState> state,
    TimeProvider clock) : Grain, IBookingCalendarGrain
{
    public async ValueTask<BookingSlot> PublishAsync(SlotDraft draft)
    {
        var slot = new CalendarSlot
        {
            Id = $"slot-{state.State.LastSlotNumber + 1}",
            StartsAt = draft.StartsAt,
            DurationMinutes = draft.DurationMinutes,
            Capacity = draft.Capacity,
            BookingDeadline = draft.BookingDeadline,
            Location = draft.Location,
        };
        state.State.LastSlotNumber++;
        state.State.Slots.Add(slot);
        await state.WriteOrReloadAsync(this);
        return slot.View();
    }

    public ValueTask<ImmutableArray<BookingSlot>> ListAsync() =>
        ValueTask.FromResult(state.State.Slots.OrderBy(s => s.StartsAt).Select(s => s.View()).ToImmutableArray());

    public ValueTask<ImmutableArray<BookingSlot>> OpenAsync()
    {
        var now = clock.GetUtcNow();
        return ValueTask.FromResult(state.State.Slots
            .Where(s => now <= s.BookingDeadline && now < s.StartsAt && s.Holders.Count < s.Capacity)
            .OrderBy(s => s.StartsAt).Select(s => s.View()).ToImmutableArray());
    }

    public async ValueTask<BookingSlot> ReserveAsync(Guid interviewId, string slotId)
    {
        var now = clock.GetUtcNow();
        var slot = state.State.Slots.FirstOrDefault(s => s.Id == slotId) ?? throw new BookingException($"Slot '{slotId}' does not exist.", "slotId");
        var current = Held(interviewId);
        if (current == slot) return slot.View();
        if (now > slot.BookingDeadline || now >= slot.StartsAt)
            throw new BookingException($"Booking for slot '{slotId}' closed at {slot.BookingDeadline:u}.", "slotId");
        if (slot.Holders.Count >= slot.Capacity) throw new BookingException($"Slot '{slotId}' is full ({slot.Capacity} seats).", "slotId");
        if (current is not null && now > current.BookingDeadline)
            throw new BookingException($"Your slot '{current.Id}' can no longer be changed (its deadline was {current.BookingDeadline:u}).", "slotId");
        current?.Holders.Remove(interviewId);
        slot.Holders.Add(interviewId);
        await state.WriteOrReloadAsync(this);
        return slot.View();
    }

    public async ValueTask ReleaseAsync(Guid interviewId)
    {
        if (Held(interviewId) is not { } slot) return;
        slot.Holders.Remove(interviewId);
        await state.WriteOrReloadAsync(this);
    }

    public ValueTask<BookingSlot?> SlotOfAsync(Guid interviewId) => ValueTask.FromResult(Held(interviewId)?.View());

    public async ValueTask<BookingSlot> EditAsync(string slotId, SlotDraft draft)
    {
        var slot = Existing(slotId);
        SlotChanges.Edit(slot, draft, clock.GetUtcNow());
        await state.WriteOrReloadAsync(this);
        return slot.View();
    }

    public async ValueTask<CancelledSlot> CancelAsync(string slotId)
    {
        var slot = Existing(slotId);
        SlotChanges.EnsureNotStarted(slot, clock.GetUtcNow());
        state.State.Slots.Remove(slot);
        await state.WriteOrReloadAsync(this);
        return new CancelledSlot(slot.View(), [.. slot.Holders]);
    }

    public ValueTask<ImmutableArray<Guid>> HoldersAsync(string slotId) => ValueTask.FromResult(Existing(slotId).Holders.ToImmutableArray());

    private CalendarSlot Existing(string slotId) =>
        state.State.Slots.FirstOrDefault(s => s.Id == slotId) ?? throw new BookingException($"Slot '{slotId}' does not exist.", "slotId");

    private CalendarSlot? Held(Guid interviewId) => state.State.Slots.FirstOrDefault(s => s.Holders.Contains(interviewId));
}
