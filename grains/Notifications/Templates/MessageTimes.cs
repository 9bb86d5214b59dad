using System.Globalization;

namespace BankHire.Notifications.Templates;

/// <summary>Times as a candidate reads them: in the bank's time zone, written the way each language writes dates.</summary>
public static class MessageTimes
{
    public static string Format(DateTimeOffset at, string language, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var offset = local.Offset;
        var utc = $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
        return language == NotificationLanguages.Chinese
            ? local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + $"（{utc}）"
            : local.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB")) + $" ({utc})";
    }

    /// <summary>The zone by IANA id; China Standard Time (UTC+8, no daylight saving) if the system does not know it.</summary>
    public static TimeZoneInfo Zone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        return TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    }
}
