namespace BankHire.Analysis.Resumes.Candidates;

/// <summary>
/// A name in comparable form: no spaces or punctuation, lower case, and Latin names with their words
/// sorted, so "Chen Daniel" and "Daniel Chen" agree. Chinese names are compared as written.
/// </summary>
public static class NameKey
{
    public static string? Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var words = name.Split([' ', '\t', '·', '.', ',', '-', '•'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0) return null;
        if (words.All(w => w.All(c => c < 128))) words.Sort(StringComparer.Ordinal);
        return string.Concat(words);
    }

    /// <summary>Two names that could be the same person: equal, or one of them unknown.</summary>
    public static bool Compatible(string? a, string? b)
    {
        var ka = Of(a);
        var kb = Of(b);
        return ka is null || kb is null || ka == kb;
    }

    /// <summary>
    /// One name in Chinese characters and the other in Latin letters (王晓雨 / Xiaoyu Wang): they cannot
    /// be compared without a pinyin table, so they neither confirm nor contradict each other.
    /// </summary>
    public static bool DifferentScripts(string? a, string? b)
    {
        var ka = Of(a);
        var kb = Of(b);
        return ka is not null && kb is not null && ka.All(c => c < 128) != kb.All(c => c < 128);
    }
}
