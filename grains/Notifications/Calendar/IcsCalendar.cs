using System.Globalization;
using System.Text;

namespace BankHire.Notifications.Calendar;

/// <summary>
/// Writes a booking's calendar invitation (RFC 5545, with the iTIP methods of RFC 5546): one VEVENT, METHOD:REQUEST for a
/// booking or a change (same UID, higher SEQUENCE) and METHOD:CANCEL to remove it; times in UTC; text escaped; lines
/// folded at 75 octets without splitting a UTF-8 character; CRLF line ends.
/// </summary>
public static class IcsCalendar
{
    public const string MediaType = "text/calendar";

    public static string Method(IcsEvent e) => e.Cancelled ? "CANCEL" : "REQUEST";

    public static string Build(IcsEvent e)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//BankHire//Interview booking//EN",
            "CALSCALE:GREGORIAN",
            $"METHOD:{Method(e)}",
            "BEGIN:VEVENT",
            $"UID:{Text(e.Uid)}",
            $"SEQUENCE:{e.Sequence.ToString(CultureInfo.InvariantCulture)}",
            $"DTSTAMP:{Utc(e.Stamp)}",
            $"DTSTART:{Utc(e.StartsAt)}",
            $"DTEND:{Utc(e.EndsAt)}",
            $"SUMMARY:{Text(e.Summary)}",
            $"DESCRIPTION:{Text(e.Description)}",
        };
        if (!string.IsNullOrWhiteSpace(e.Location)) lines.Add($"LOCATION:{Text(e.Location)}");
        lines.Add($"URL:{e.Url}");
        lines.Add($"STATUS:{(e.Cancelled ? "CANCELLED" : "CONFIRMED")}");
        lines.Add($"ORGANIZER;CN={Param(e.OrganizerName)}:mailto:{e.OrganizerEmail}");
        lines.Add($"ATTENDEE;CN={Param(e.AttendeeName)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{e.AttendeeEmail}");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var ics = new StringBuilder();
        foreach (var line in lines) Fold(line, ics);
        return ics.ToString();
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped.</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>A parameter value (§3.2): quoted, since names may hold ':', ';' or ','; a DQUOTE cannot appear inside.</summary>
    private static string Param(string value) => $"\"{value.Replace("\"", "'").Replace("\r", " ").Replace("\n", " ")}\"";

    /// <summary>Content lines longer than 75 octets continue on a line starting with a space (§3.1).</summary>
    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
