namespace BankHire.Notifications.Calendar;

/// <summary>One interview as an iCalendar event: what <see cref="IcsCalendar"/> writes.</summary>
public sealed record IcsEvent(
    string Uid,
    int Sequence,
    bool Cancelled,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset Stamp,
    string Summary,
    string Description,
    string? Location,
    string Url,
    string OrganizerEmail,
    string OrganizerName,
    string AttendeeEmail,
    string AttendeeName);
