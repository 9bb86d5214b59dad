using BankHire.Booking;
using BankHire.Tests.Notifications;

namespace BankHire.Tests.Booking;

[Collection(NotifyClusterCollection.Name)]
public sealed class BookingCalendarTests(NotifyClusterFixture fixture)
{
    private IBookingCalendarGrain Calendar() => fixture.Grains.GetGrain<IBookingCalendarGrain>($"job-{Guid.NewGuid():N}");

    private SlotDraft Draft(int capacity, TimeSpan startsIn, TimeSpan? deadlineBefore = null)
    {
        var starts = fixture.Clock.GetUtcNow() + startsIn;
        return new SlotDraft(starts, 30, capacity, starts - (deadlineBefore ?? TimeSpan.FromHours(12)), "线上");
    }

    [Fact]
    public async Task Capacity_holds_when_many_book_at_once()
    {
        var calendar = Calendar();
        var slot = await calendar.PublishAsync(Draft(3, TimeSpan.FromDays(2)));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            try { await calendar.ReserveAsync(Guid.NewGuid(), slot.Id); return true; }
            catch (BookingException) { return false; }
        }));

        Assert.Equal(3, attempts.Count(ok => ok));
        Assert.Equal(3, (await calendar.ListAsync()).Single().Booked);
        Assert.Empty(await calendar.OpenAsync());
    }

    [Fact]
    public async Task Rebooking_moves_the_seat_and_frees_the_old_one()
    {
        var calendar = Calendar();
        var first = await calendar.PublishAsync(Draft(1, TimeSpan.FromDays(2)));
        var second = await calendar.PublishAsync(Draft(1, TimeSpan.FromDays(3)));
        var interview = Guid.NewGuid();

        await calendar.ReserveAsync(interview, first.Id);
        await calendar.ReserveAsync(interview, first.Id); // the same again is harmless
        await calendar.ReserveAsync(interview, second.Id);

        var slots = await calendar.ListAsync();
        Assert.Equal([0, 1], slots.Select(s => s.Booked));
        Assert.Equal(second.Id, (await calendar.SlotOfAsync(interview))!.Id);
        await calendar.ReserveAsync(Guid.NewGuid(), first.Id); // the freed seat can be taken
    }

    [Fact]
    public async Task After_the_deadline_a_slot_cannot_be_booked_or_left()
    {
        var calendar = Calendar();
        var early = await calendar.PublishAsync(Draft(5, TimeSpan.FromDays(1), deadlineBefore: TimeSpan.FromHours(20)));
        var later = await calendar.PublishAsync(Draft(5, TimeSpan.FromDays(5)));
        var interview = Guid.NewGuid();
        await calendar.ReserveAsync(interview, early.Id);

        fixture.Clock.Advance(TimeSpan.FromHours(5));

        var late = await Assert.ThrowsAsync<BookingException>(() => calendar.ReserveAsync(Guid.NewGuid(), early.Id).AsTask());
        Assert.Contains("closed", late.Message);
        var stuck = await Assert.ThrowsAsync<BookingException>(() => calendar.ReserveAsync(interview, later.Id).AsTask());
        Assert.Contains("can no longer be changed", stuck.Message);
        Assert.Equal([later.Id], (await calendar.OpenAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task An_unknown_slot_is_refused_naming_the_field()
    {
        var refused = await Assert.ThrowsAsync<BookingException>(() => Calendar().ReserveAsync(Guid.NewGuid(), "slot-99").AsTask());
        Assert.Equal("slotId", refused.Field);
    }
}
