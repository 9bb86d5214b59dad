namespace BankHire.Analysis.Text.Tokens;

/// <summary>
/// A light stemmer: plural -s/-es/-ies, -ing and -ed, then a final -e, so that "serve", "served",
/// "serving" and "services" meet at one form. Crude on purpose: both terms and texts go through it,
/// so only consistency matters, not linguistic correctness.
/// </summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsAllLetters(word)) return word;
        var w = word;
        if (w.EndsWith("ies") && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses")) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is")) w = w[..^1];

        if (w.EndsWith("ing") && HasVowel(w.AsSpan(0, w.Length - 3)) && w.Length - 3 >= 3) w = Undouble(w[..^3]);
        else if (w.EndsWith("ed") && HasVowel(w.AsSpan(0, w.Length - 2)) && w.Length - 2 >= 3) w = Undouble(w[..^2]);

        if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        return w;
    }

    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]) ? w[..^1] : w;

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (IsVowel(c)) return true;
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsAllLetters(string s)
    {
        foreach (var c in s) if (c is < 'a' or > 'z') return false;
        return true;
    }
}
