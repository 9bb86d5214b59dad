namespace BankHire.Interviews;

[GenerateSerializer, Immutable, Alias("bankhire.InterviewSnapshot")]
public sealed record InterviewSnapshot(
    Guid Id,
    InterviewInvitation Invitation,
    InterviewStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? BookedSlot,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt);
