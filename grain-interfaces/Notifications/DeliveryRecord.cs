namespace BankHire.Notifications;

/// <summary>One message on one channel and what became of it. <paramref name="NextAttemptAt"/> is null once it is sent or given up.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.DeliveryRecord")]
public sealed record DeliveryRecord(
    Guid Id,
    Guid InterviewId,
    MessageKind Kind,
    InvitationChannel Channel,
    string Language,
    string Recipient,
    DeliveryStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset QueuedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? NextAttemptAt);
