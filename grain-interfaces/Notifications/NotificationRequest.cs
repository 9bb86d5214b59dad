using System.Collections.Immutable;

namespace BankHire.Notifications;

/// <summary>
/// One message to send to a candidate over some channels: the kind picks the template, the link and times fill
/// its variables. <paramref name="Slot"/> is the booked time, if any; <paramref name="Extra"/> fills the variables
/// only some kinds use ({startDate}, {task}, {dueDate}); <paramref name="Calendar"/> makes e-mails carry the booking's
/// calendar invitation.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.NotificationRequest")]
public sealed record NotificationRequest(
    MessageKind Kind,
    ImmutableArray<InvitationChannel> Channels,
    string Language,
    Guid InterviewId,
    string Link,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? Slot,
    ImmutableDictionary<string, string>? Extra = null,
    CalendarInvite? Calendar = null);
