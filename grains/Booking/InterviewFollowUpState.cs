namespace BankHire.Booking;

[GenerateSerializer, Alias("bankhire.InterviewFollowUpState")]
public sealed class InterviewFollowUpState
{
    [Id(0)] public FollowUpPlan? Plan { get; set; }
    [Id(1)] public DateTimeOffset? InvitedAt { get; set; }
    [Id(2)] public string? JobId { get; set; }
    [Id(3)] public string? SlotId { get; set; }
    [Id(4)] public DateTimeOffset? SlotStartsAt { get; set; }
    [Id(5)] public DateTimeOffset? NudgedAt { get; set; }
    /// <summary>The slot time the last reminder was for, so a rebooked slot gets its own reminder.</summary>
    [Id(6)] public DateTimeOffset? RemindedFor { get; set; }
    [Id(7)] public DateTimeOffset? RemindedAt { get; set; }
    [Id(8)] public DateTimeOffset? ClosedAt { get; set; }
    [Id(9)] public DateTimeOffset? NextCheckAt { get; set; }
    /// <summary>The SEQUENCE of the last calendar invitation sent for the booking; null before the first.</summary>
    [Id(10)] public int? CalendarSequence { get; set; }
}
