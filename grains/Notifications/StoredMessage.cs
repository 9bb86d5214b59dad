namespace BankHire.Notifications;

/// <summary>What was rendered for one delivery, kept so a retry sends exactly the same message.</summary>
[GenerateSerializer, Alias("bankhire.StoredMessage")]
public sealed class StoredMessage
{
    [Id(0)] public string Subject { get; set; } = "";
    [Id(1)] public string Body { get; set; } = "";
    [Id(2)] public string ShortText { get; set; } = "";
    [Id(3)] public string Link { get; set; } = "";
    [Id(4)] public Dictionary<string, string> Variables { get; set; } = [];

    /// <summary>The booking's calendar invitation (text/calendar) e-mails carry; null for other messages.</summary>
    [Id(5)] public string? CalendarIcs { get; set; }

    /// <summary>Its iTIP method: REQUEST or CANCEL.</summary>
    [Id(6)] public string? CalendarMethod { get; set; }
}
