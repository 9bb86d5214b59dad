using System.Collections.Frozen;

namespace BankHire.Analysis.Text.Tokens;

/// <summary>Words that carry no topic (the, and, 的, 了): kept as tokens for phrases, left out of relevance.</summary>
public sealed class StopWords(IEnumerable<string> words)
{
    private readonly FrozenSet<string> words = words.ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string normalizedWord) => words.Contains(normalizedWord);

    public int Count => words.Count;
}
