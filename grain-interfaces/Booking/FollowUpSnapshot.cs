namespace BankHire.Booking;

/// <summary>Where an invitation's follow-up stands.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.FollowUpSnapshot")]
public sealed record FollowUpSnapshot(
    FollowUpPlan? Plan,
    DateTimeOffset? InvitedAt,
    string? SlotId,
    DateTimeOffset? SlotStartsAt,
    DateTimeOffset? NudgedAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? NextCheckAt);
