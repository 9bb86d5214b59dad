using System.Text;
using System.Text.RegularExpressions;

namespace BankHire.Notifications.Templates;

/// <summary>
/// Fills {variable} placeholders. "{{" and "}}" are literal braces. Anything else in braces is an unknown
/// variable, which <see cref="UnknownVariables"/> reports so a template is refused before it is stored.
/// </summary>
public static partial class TemplateRenderer
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => m.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value,
        });

    /// <summary>The placeholders that are not variables of <paramref name="kind"/>, and any stray brace, in order of appearance.</summary>
    public static IReadOnlyList<string> UnknownVariables(string template, MessageKind kind = MessageKind.Invitation)
    {
        var known = TemplateVariables.For(kind);
        var unknown = new List<string>();
        foreach (Match m in Placeholder().Matches(template))
        {
            if (m.Value is "{{" or "}}") continue;
            if (!known.Contains(m.Groups[1].Value)) unknown.Add(m.Value);
        }
        var stripped = Placeholder().Replace(template, "");
        if (stripped.Contains('{') || stripped.Contains('}')) unknown.Add(StrayBrace(stripped));
        return unknown;
    }

    private static string StrayBrace(string text)
    {
        var at = text.IndexOfAny(['{', '}']);
        var sample = new StringBuilder(text.Substring(at, Math.Min(20, text.Length - at)));
        return sample.ToString();
    }

    [GeneratedRegex(@"\{\{|\}\}|\{([^{}\s]{1,40})\}")]
    private static partial Regex Placeholder();
}
