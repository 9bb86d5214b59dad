namespace BankHire.Booking;

/// <summary>
/// One invitation's booking and follow-ups: the slot it holds, a nudge 24 h after the invitation if still not
/// booked, a reminder one hour before the slot, and closing at expiry. Durable reminders drive it. Keyed by interview id.
/// </summary>
[Alias("bankhire.IInterviewFollowUpGrain")]
public interface IInterviewFollowUpGrain : IGrainWithGuidKey
{
    /// <summary>Arms the follow-ups for a sent invitation; a repeat keeps the first invitation time.</summary>
    [Alias("Start")] ValueTask<FollowUpSnapshot> StartAsync(FollowUpPlan plan);

    /// <summary>Books (or rebooks) a seat in the job's slot and moves the interview and the candidate to Booked.</summary>
    [Alias("Book")] ValueTask<BookingSlot> BookAsync(string jobId, Guid candidateId, string slotId);

    /// <summary>
    /// HR cancelled the slot the interview held: the booking is undone (interview Invited, candidate back to Invited, no
    /// reminder) and the candidate is told over the invitation's channels, with the link to book another and the calendar
    /// invitation's cancellation. A slot it no longer holds is ignored.
    /// </summary>
    [Alias("SlotCancelled")] ValueTask<FollowUpSnapshot> SlotCancelledAsync(BookingSlot slot);

    [Alias("Get")] ValueTask<FollowUpSnapshot> GetAsync();

    /// <summary>Does whatever is due by now (nudge, reminder, close) and schedules the next check; what each reminder tick runs.</summary>
    [Alias("CheckDue")] ValueTask<FollowUpSnapshot> CheckDueAsync();
}
