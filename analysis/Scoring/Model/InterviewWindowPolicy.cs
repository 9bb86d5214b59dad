namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// When a candidate may take the AI interview (a job's <c>policy.interviewWindow</c>). A booked slot binds: the interview
/// may start from <see cref="OpensMinutesBefore"/> before the slot until <see cref="LateStartMinutes"/> after it, and
/// answers are taken until the slot's length after that latest start. Without a booking the candidate may start any time
/// before the invitation expires, unless <see cref="BookingRequired"/>.
/// </summary>
public sealed record InterviewWindowPolicy(bool BookingRequired = false, int OpensMinutesBefore = 15, int LateStartMinutes = 30)
{
    /// <summary>What a job whose policy says nothing gets.</summary>
    public static InterviewWindowPolicy Default { get; } = new();

    /// <summary>The most either margin may be: one day.</summary>
    public const int MaxMinutes = 24 * 60;

    /// <summary>The slot length assumed for bookings made before slots' lengths were kept.</summary>
    public const int UnknownSlotMinutes = 60;

    /// <summary>The window of a slot starting at <paramref name="slotStartsAt"/>; null when nothing is booked.</summary>
    public BookedWindow? For(DateTimeOffset? slotStartsAt, int? slotMinutes) => slotStartsAt is { } start
        ? new BookedWindow(start, start.AddMinutes(-OpensMinutesBefore), start.AddMinutes(LateStartMinutes),
            start.AddMinutes(LateStartMinutes + (slotMinutes is > 0 and var m ? m : UnknownSlotMinutes)))
        : null;

    /// <summary>Why the interview may not start at <paramref name="now"/>, or null when it may.</summary>
    public WindowRefusal? WhyNotStart(BookedWindow? window, DateTimeOffset now, TimeZoneInfo zone) => window switch
    {
        null when BookingRequired => new("bookingRequired", "This job's interview must be booked first: choose a slot, then start at its time."),
        null => null,
        _ when now < window.OpensAt => new("notYetOpen", $"Your interview opens at {Format(window.OpensAt, zone)} (you booked {Format(window.SlotStartsAt, zone)})."),
        _ when now > window.LatestStartAt => new("windowClosed", $"Your interview could be started until {Format(window.LatestStartAt, zone)} (you booked {Format(window.SlotStartsAt, zone)}); ask HR for a new time."),
        _ => null,
    };

    /// <summary>Why an answer may not be begun or handed in at <paramref name="now"/>, or null when it may.</summary>
    public static WindowRefusal? WhyNotAnswer(BookedWindow? window, DateTimeOffset now, TimeZoneInfo zone) => window switch
    {
        not null when now < window.OpensAt => new("notYetOpen", $"Your interview opens at {Format(window.OpensAt, zone)} (you booked {Format(window.SlotStartsAt, zone)})."),
        not null when now > window.ClosesAt => new("windowClosed", $"Your booked interview time ended at {Format(window.ClosesAt, zone)}; answers are no longer taken. Ask HR for a new time."),
        _ => null,
    };

    /// <summary>In the bank's time zone, named: "2026-12-05 08:45 UTC+08:00 (Asia/Shanghai)".</summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local:yyyy-MM-dd HH:mm} UTC{local:zzz} ({zone.Id})";
    }
}

/// <param name="SlotStartsAt">The booked slot's start.</param>
/// <param name="OpensAt">The earliest start.</param>
/// <param name="LatestStartAt">The latest start.</param>
/// <param name="ClosesAt">After this no answer is begun or handed in.</param>
public sealed record BookedWindow(DateTimeOffset SlotStartsAt, DateTimeOffset OpensAt, DateTimeOffset LatestStartAt, DateTimeOffset ClosesAt);

/// <param name="Code">bookingRequired, notYetOpen or windowClosed: what the page says in the candidate's language.</param>
public sealed record WindowRefusal(string Code, string Message);
