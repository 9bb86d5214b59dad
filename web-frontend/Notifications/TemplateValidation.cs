using System.Collections.Immutable;
using BankHire.Notifications;
using BankHire.Notifications.Templates;
using BankHire.Web.Problems;

namespace BankHire.Web.Notifications;

/// <summary>
/// Refuses a template of a kind a job does not set, with a missing text, a language we do not write, or a variable its
/// kind does not fill.
/// </summary>
public static class TemplateValidation
{
    public static InvitationTemplate Check(InvitationTemplate t, string prefix)
    {
        Kind(t.Kind, $"{prefix}kind");
        Language(t.Language, $"{prefix}language");
        return t with
        {
            Subject = Text(t.Subject, $"{prefix}subject", 200, t.Kind),
            Body = Text(t.Body, $"{prefix}body", 4000, t.Kind),
            ShortText = Text(t.ShortText, $"{prefix}shortText", 500, t.Kind),
        };
    }

    public static MessageKind Kind(MessageKind kind, string field) => DefaultTemplates.IsPerJob(kind)
        ? kind
        : throw ApiProblemException.Invalid(field, $"'{field}': a job sets its own texts for {string.Join(", ", Enum.GetValues<MessageKind>().Where(DefaultTemplates.IsPerJob))} only; {kind} is a hire's message and uses the bank's text.");

    public static ImmutableArray<InvitationTemplate> CheckAll(InvitationTemplate[]? templates)
    {
        if (templates is null) throw ApiProblemException.Invalid("templates", "'templates' is required.");
        var checkedTemplates = templates.Select((t, i) => t is null
            ? throw ApiProblemException.Invalid($"templates[{i}]", "A template may not be null.")
            : Check(t, $"templates[{i}].")).ToImmutableArray();
        var duplicate = checkedTemplates.GroupBy(t => (t.Kind, t.Language)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw ApiProblemException.Invalid("templates", $"Two templates for {duplicate.Key.Kind} in {duplicate.Key.Language}; give one.");
        return checkedTemplates;
    }

    public static string Language(string? language, string field) => NotificationLanguages.IsKnown(language)
        ? language!
        : throw ApiProblemException.Invalid(field, $"'{field}' must be one of: {string.Join(", ", NotificationLanguages.All)}.");

    public static string Text(string? text, string field, int maxLength, MessageKind kind)
    {
        var value = Require.Text(text, field, maxLength);
        var unknown = TemplateRenderer.UnknownVariables(value, kind);
        if (unknown.Count > 0)
        {
            throw ApiProblemException.Invalid(field,
                $"'{field}' uses unknown variable {string.Join(", ", unknown)}. Known: {string.Join(", ", TemplateVariables.For(kind).Select(v => "{" + v + "}"))}; write {{{{ and }}}} for literal braces.");
        }
        return value;
    }
}
