using BankHire.Notifications.Templates;

namespace BankHire.Notifications;

/// <summary>The values of a message's variables, in the message's language.</summary>
public static class MessageVariables
{
    public static IReadOnlyDictionary<string, string> For(
        string language, string candidateName, string jobTitleZh, string jobTitleEn, string? bankNameZh, string? bankNameEn,
        string link, DateTimeOffset expiresAt, DateTimeOffset? slot, TimeZoneInfo zone)
    {
        var chinese = language == NotificationLanguages.Chinese;
        return new Dictionary<string, string>
        {
            [TemplateVariables.CandidateName] = candidateName,
            [TemplateVariables.JobTitle] = chinese ? jobTitleZh : jobTitleEn,
            [TemplateVariables.BankName] = (chinese ? bankNameZh : bankNameEn) ?? (chinese ? "银行" : "the bank"),
            [TemplateVariables.Link] = link,
            [TemplateVariables.ExpiresAt] = MessageTimes.Format(expiresAt, language, zone),
            [TemplateVariables.Slot] = slot is { } s ? MessageTimes.Format(s, language, zone) : (chinese ? "（未预约）" : "(not booked)"),
        };
    }
}
