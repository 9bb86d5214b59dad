namespace BankHire.Notifications;

/// <summary>
/// A booking as a calendar event for the message that announces it: <paramref name="Uid"/> is the same for every message
/// of one booking (so calendars replace the event), <paramref name="Sequence"/> grows with each change, and
/// <paramref name="Cancelled"/> removes it.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.CalendarInvite")]
public sealed record CalendarInvite(string Uid, int Sequence, bool Cancelled, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location);
