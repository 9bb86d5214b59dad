namespace BankHire.Analysis.Text.Tokens;

/// <summary>
/// Chinese words with frequencies for the segmenter. Readers work on an immutable snapshot; additions
/// (rare: loading, HR adding a word) copy it and swap it in, so tokenizing never takes a lock.
/// Every prefix of a word is stored with frequency 0 so the segmenter can stop looking early.
/// </summary>
public sealed class WordDictionary
{
    private const int MaxWordLength = 16;
    private readonly Lock writeLock = new();
    private volatile Snapshot current = new(new Dictionary<string, long>(), 0, 1);

    public int Count => current.WordCount;

    public long TotalFrequency => current.Total;

    internal Snapshot Current => current;

    public bool Contains(string word) => current.Frequencies.TryGetValue(word, out var f) && f > 0;

    public long FrequencyOf(string word) => current.Frequencies.TryGetValue(word, out var f) ? f : 0;

    /// <summary>Adds words; an existing word keeps the larger of its two frequencies.</summary>
    public void AddRange(IEnumerable<(string Word, long Frequency)> words)
    {
        lock (writeLock)
        {
            var next = new Dictionary<string, long>(current.Frequencies);
            var total = current.Total;
            var wordCount = current.WordCount;
            foreach (var (word, frequency) in words)
            {
                if (word.Length is 0 or > MaxWordLength || frequency <= 0) continue;
                next.TryGetValue(word, out var old);
                if (old >= frequency) continue;
                if (old == 0) wordCount++;
                next[word] = frequency;
                total += frequency - old;
                for (var len = 1; len < word.Length; len++)
                    next.TryAdd(word[..len], 0);
            }
            current = new Snapshot(next, wordCount, Math.Max(total, 1));
        }
    }

    public void Add(string word, long frequency) => AddRange([(word, frequency)]);

    /// <summary>
    /// A frequency high enough that the segmenter keeps <paramref name="word"/> whole instead of
    /// splitting it into the pieces it would choose today (the idea of jieba's suggest_freq).
    /// </summary>
    public long SuggestFrequency(string word)
    {
        var snapshot = current;
        var pieces = ChineseSegmenter.Segment(snapshot, word);
        var probability = 1.0;
        foreach (var (start, length) in pieces)
        {
            var f = snapshot.Frequencies.TryGetValue(word.Substring(start, length), out var v) && v > 0 ? v : 1;
            probability *= (double)f / snapshot.Total;
        }
        var needed = (long)Math.Ceiling(probability * snapshot.Total) + 1;
        return Math.Max(needed, Math.Max(FrequencyOf(word), 10));
    }

    internal sealed class Snapshot
    {
        public Snapshot(Dictionary<string, long> frequencies, int wordCount, long total)
        {
            Frequencies = frequencies;
            Lookup = frequencies.GetAlternateLookup<ReadOnlySpan<char>>();
            WordCount = wordCount;
            Total = total;
            LogTotal = Math.Log(total);
        }

        public Dictionary<string, long> Frequencies { get; }
        public Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
        public int WordCount { get; }
        public long Total { get; }
        public double LogTotal { get; }
        public int MaxLength => MaxWordLength;
    }
}
