using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Synonyms;

/// <summary>
/// Finds a fixed set of targets, each with its terms, in tokenized texts at word boundaries.
/// Terms are indexed by the first character of their phrase key, so matching costs a few string
/// comparisons per token whatever the number of targets. Immutable and thread-safe once built.
/// </summary>
public sealed class TermMatcher
{
    private readonly Dictionary<char, List<Entry>> byFirstChar = [];
    private readonly string[] labels;

    internal TermMatcher(Tokenizer tokenizer, IReadOnlyList<(string Label, IReadOnlyList<string> Terms)> targets)
    {
        labels = targets.Select(t => t.Label).ToArray();
        for (var index = 0; index < targets.Count; index++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in targets[index].Terms)
            {
                var phrase = PhraseKey.Of(tokenizer, term);
                if (phrase.Length == 0 || !seen.Add(phrase)) continue;
                if (!byFirstChar.TryGetValue(phrase[0], out var list)) byFirstChar[phrase[0]] = list = [];
                list.Add(new Entry(phrase, index, term));
            }
        }
    }

    public IReadOnlyList<string> Labels => labels;

    /// <summary>
    /// All matches, in text order. For one target, overlapping matches collapse to the longest, so
    /// "customer service" counts once, not also as "service".
    /// </summary>
    public List<TermMatch> Match(TokenizedText text)
    {
        var found = new List<TermMatch>();
        for (var i = 0; i < text.Count; i++)
        {
            var norm = text[i].Norm;
            if (!byFirstChar.TryGetValue(norm[0], out var candidates)) continue;
            foreach (var entry in candidates)
            {
                var last = Align(text, i, entry.Phrase);
                if (last < 0) continue;
                var start = text[i].Start;
                found.Add(new TermMatch(entry.Target, labels[entry.Target], entry.Term, start, text[last].End - start, i, last));
            }
        }
        return RemoveOverlaps(found);
    }

    /// <summary>Index of the last token when the phrase starts at token <paramref name="first"/> and ends on a token boundary; −1 otherwise.</summary>
    private static int Align(TokenizedText text, int first, string phrase)
    {
        var pos = 0;
        var j = first;
        while (true)
        {
            var norm = text[j].Norm;
            if (!phrase.AsSpan(pos).StartsWith(norm, StringComparison.Ordinal)) return -1;
            pos += norm.Length;
            if (pos == phrase.Length) return j;
            if (j + 1 >= text.Count || !text.AreJoined(j)) return -1;
            if (PhraseKey.NeedsSpace(text[j].Kind, text[j + 1].Kind))
            {
                if (phrase[pos] != ' ') return -1;
                pos++;
            }
            j++;
        }
    }

    private static List<TermMatch> RemoveOverlaps(List<TermMatch> found)
    {
        if (found.Count < 2) return found;
        found.Sort((a, b) => a.Target != b.Target ? a.Target.CompareTo(b.Target)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<TermMatch>(found.Count);
        var lastTarget = -1;
        var lastEnd = -1;
        foreach (var m in found)
        {
            if (m.Target != lastTarget) { lastTarget = m.Target; lastEnd = -1; }
            if (m.Start < lastEnd) continue;
            kept.Add(m);
            lastEnd = m.End;
        }
        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Target.CompareTo(b.Target));
        return kept;
    }

    private readonly record struct Entry(string Phrase, int Target, string Term);
}
