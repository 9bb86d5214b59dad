namespace BankHire.Analysis.Text.Tokens;

/// <summary>
/// Dictionary segmentation of a run of Han characters: every dictionary word starting at each position
/// forms a DAG, and dynamic programming picks the path with the highest product of word probabilities
/// (the method of jieba without its HMM for unknown words: those fall apart into single characters).
/// </summary>
internal static class ChineseSegmenter
{
    public static List<(int Start, int Length)> Segment(WordDictionary.Snapshot dictionary, ReadOnlySpan<char> run)
    {
        var result = new List<(int, int)>();
        Segment(dictionary, run, 0, result);
        return result;
    }

    public static void Segment(WordDictionary.Snapshot dictionary, ReadOnlySpan<char> run, int offset, List<(int Start, int Length)> output)
    {
        var n = run.Length;
        if (n == 0) return;
        if (n == 1)
        {
            output.Add((offset, 1));
            return;
        }

        var best = n <= 256 ? stackalloc double[n + 1] : new double[n + 1];
        var next = n <= 256 ? stackalloc int[n + 1] : new int[n + 1];
        var lookup = dictionary.Lookup;
        var logTotal = dictionary.LogTotal;
        best[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            // A single character is always a candidate, as if seen once.
            var bestScore = -logTotal + best[i + 1];
            var bestEnd = i + 1;
            if (lookup.TryGetValue(run.Slice(i, 1), out var single) && single > 0)
                bestScore = Math.Log(single) - logTotal + best[i + 1];

            var limit = Math.Min(n, i + dictionary.MaxLength);
            for (var end = i + 2; end <= limit; end++)
            {
                if (!lookup.TryGetValue(run[i..end], out var frequency)) break;
                if (frequency == 0) continue;
                var score = Math.Log(frequency) - logTotal + best[end];
                if (score > bestScore)
                {
                    bestScore = score;
                    bestEnd = end;
                }
            }
            best[i] = bestScore;
            next[i] = bestEnd;
        }

        for (var i = 0; i < n; i = next[i])
            output.Add((offset + i, next[i] - i));
    }
}
