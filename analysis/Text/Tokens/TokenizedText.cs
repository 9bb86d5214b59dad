namespace BankHire.Analysis.Text.Tokens;

/// <summary>A text and its words, in order. Offsets of tokens refer to <see cref="Source"/>.</summary>
public sealed class TokenizedText(string source, TextToken[] tokens)
{
    public string Source { get; } = source;

    public IReadOnlyList<TextToken> Tokens => tokens;

    public int Count => tokens.Length;

    public TextToken this[int index] => tokens[index];

    /// <summary>Words as people count them: each Han character is one word, each Latin word or number one word.</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            foreach (var t in tokens)
                count += t.Kind == TokenKind.Han ? t.Length : 1;
            return count;
        }
    }

    /// <summary>
    /// True when tokens <paramref name="left"/> and <paramref name="left"/>+1 belong to one phrase:
    /// Han words must touch; other words may be separated by a little whitespace or a hyphen.
    /// </summary>
    public bool AreJoined(int left)
    {
        var a = tokens[left];
        var b = tokens[left + 1];
        var gap = b.Start - a.End;
        if (gap == 0) return true;
        if (a.Kind == TokenKind.Han && b.Kind == TokenKind.Han) return false;
        if (gap > 3) return false;
        foreach (var c in Source.AsSpan(a.End, gap))
            if (!char.IsWhiteSpace(c) && c != '-' && c != '‐' && c != '–' && c != '·' && c != '_') return false;
        return true;
    }

    public string Snippet(int start, int length) => Source.Substring(start, length);
}
