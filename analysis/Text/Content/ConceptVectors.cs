using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Content;

/// <summary>
/// Bag-of-words vectors in which synonyms meet: a phrase of a known concept counts as the concept
/// (客服 and customer service are one dimension), any other content word as itself.
/// Stop words and the <paramref name="ignoredTokens"/> (fillers, for instance) are left out.
/// </summary>
internal sealed class ConceptVectors(TextLexicon lexicon)
{
    private readonly Lock compileLock = new();
    private (int Version, TermMatcher Matcher)? compiled;

    public Dictionary<string, (double Weight, int Start, int Length)> Build(TokenizedText text, ISet<int>? ignoredTokens = null)
    {
        var vector = new Dictionary<string, (double Weight, int Start, int Length)>(StringComparer.Ordinal);
        var covered = new bool[text.Count];
        foreach (var match in ConceptMatcher.Match(text))
        {
            Add(vector, "concept:" + match.Label, match.Start, match.Length);
            for (var t = match.FirstToken; t <= match.LastToken; t++) covered[t] = true;
        }
        for (var i = 0; i < text.Count; i++)
        {
            var token = text[i];
            if (covered[i] || token.IsStopWord || ignoredTokens?.Contains(i) == true) continue;
            if (token.Kind == TokenKind.Han && token.Length == 1) continue;
            Add(vector, token.Norm, token.Start, token.Length);
        }
        return vector;
    }

    /// <summary>Cosine of the two vectors, the answer's term counts damped by a logarithm.</summary>
    public static double Cosine(Dictionary<string, (double Weight, int Start, int Length)> answer, Dictionary<string, (double Weight, int Start, int Length)> reference, List<string> shared)
    {
        double dot = 0, a2 = 0, r2 = 0;
        foreach (var (key, value) in answer)
        {
            var w = 1 + Math.Log(value.Weight);
            a2 += w * w;
            if (reference.ContainsKey(key))
            {
                dot += w;
                shared.Add(key);
            }
        }
        r2 = reference.Count;
        return a2 == 0 || r2 == 0 ? 0 : dot / Math.Sqrt(a2 * r2);
    }

    private TermMatcher ConceptMatcher
    {
        get
        {
            var version = lexicon.Synonyms.Version;
            if (compiled is { } c && c.Version == version) return c.Matcher;
            lock (compileLock)
            {
                var matcher = lexicon.Synonyms.CompileMatcher(lexicon.Synonyms.Concepts.Select(k => k.Key).ToList());
                compiled = (version, matcher);
                return matcher;
            }
        }
    }

    private static void Add(Dictionary<string, (double Weight, int Start, int Length)> vector, string key, int start, int length)
    {
        vector[key] = vector.TryGetValue(key, out var v) ? (v.Weight + 1, v.Start, v.Length) : (1, start, length);
    }
}
