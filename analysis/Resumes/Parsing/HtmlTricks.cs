using System.Text.RegularExpressions;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>
/// HTML pasted into a text resume: comments, elements styled invisible (display:none, visibility:hidden,
/// white or zero-size font) and white &lt;font&gt; tags are taken out as hidden text; other common tags are
/// dropped, their text kept. Text without '&lt;' is returned as it is.
/// </summary>
public static partial class HtmlTricks
{
    [GeneratedRegex(@"<!--(?<text>.*?)(?:-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    private const string InvisibleStyle = @"(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|color\s*:\s*(?:#f{3}\b|#f{6}\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\)))";

    [GeneratedRegex(@"<(?<tag>[a-z][a-z0-9]*)\b[^>]*?(?:style\s*=\s*[""'][^""']*" + InvisibleStyle + @"[^""']*[""']|\shidden\b|color\s*=\s*[""']?(?:#?f{6}|#?f{3}|white)\b[""']?)[^>]*>(?<text>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InvisibleElement();

    [GeneratedRegex(@"</?(?:span|div|font|p|b|i|u|strong|em|small|big|sup|sub|section|article|header|footer|ul|ol|li|table|tr|td|th|tbody|thead|html|body|head|style|a)\b[^>]*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    public static (string Visible, List<HiddenText> Hidden) Separate(string text)
    {
        var hidden = new List<HiddenText>();
        if (text.IndexOf('<') < 0) return (text, hidden);
        text = Comment().Replace(text, m => Collect(hidden, HiddenTextKind.HtmlComment, m.Groups["text"].Value));
        // Nested invisible elements: repeat until none is left.
        for (var pass = 0; pass < 4 && InvisibleElement().IsMatch(text); pass++)
            text = InvisibleElement().Replace(text, m => Collect(hidden, HiddenTextKind.HtmlHidden, m.Groups["text"].Value));
        text = Tag().Replace(text, m => m.Value.StartsWith("<br", StringComparison.OrdinalIgnoreCase) ? "\n" : "");
        return (text, hidden);
    }

    private static string Collect(List<HiddenText> hidden, HiddenTextKind kind, string text)
    {
        var plain = Tag().Replace(text, " ").Trim();
        if (plain.Length > 0) hidden.Add(new HiddenText(kind, plain));
        return "";
    }
}
