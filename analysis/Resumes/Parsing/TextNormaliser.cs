using System.Text;

namespace BankHire.Analysis.Resumes.Parsing;

/// <summary>Unifies what every reader returns: \n line ends, no blank-line runs, no zero-width or control characters, a length cap.</summary>
public static class TextNormaliser
{
    public static string Clean(string text, int maxChars)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxChars));
        var blankLines = 0;
        foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = StripInvisible(rawLine).TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (builder.Length > 0 && blankLines++ == 0) builder.Append('\n');
                continue;
            }
            blankLines = 0;
            builder.Append(line).Append('\n');
            if (builder.Length >= maxChars) break;
        }
        var result = builder.ToString().Trim();
        return result.Length > maxChars ? result[..maxChars] : result;
    }

    private static string StripInvisible(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            if (char.IsControl(c) && c != '\t') continue;
            builder.Append(c == '\u00A0' || c == '\u3000' ? ' ' : c);
        }
        return builder.ToString();
    }
}
