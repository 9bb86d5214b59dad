namespace BankHire.Notifications.Channels;

/// <summary>A rendered message for one channel: e-mail uses subject and body (and the calendar invitation, if any), SMS and WeChat the short text.</summary>
public sealed record OutgoingMessage(
    Guid DeliveryId,
    MessageKind Kind,
    InvitationChannel Channel,
    string Language,
    string Recipient,
    string Subject,
    string Body,
    string ShortText,
    string Link,
    IReadOnlyDictionary<string, string> Variables,
    string? CalendarIcs = null,
    string? CalendarMethod = null);
