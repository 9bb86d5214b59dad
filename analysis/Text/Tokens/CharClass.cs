namespace BankHire.Analysis.Text.Tokens;

/// <summary>Character classes and the per-character normalisation the tokenizer relies on.</summary>
internal static class CharClass
{
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    /// <summary>
    /// Full-width ASCII (ＣＦＡ, ４) becomes half-width and letters lower-case. One char in, one char out,
    /// so offsets into the original text stay valid.
    /// </summary>
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        return char.ToLowerInvariant(c);
    }

    public static bool IsWordChar(char folded) => !IsHan(folded) && char.IsLetterOrDigit(folded);
}
