namespace BankHire.Analysis.Tests.Speech;

/// <summary>Word error rate: word-level edit distance (substitutions, deletions, insertions) over the reference length.</summary>
internal static class WordErrorRate
{
    public static double Of(string reference, string hypothesis)
    {
        var expected = Words(reference);
        var heard = Words(hypothesis);
        var previous = Enumerable.Range(0, heard.Length + 1).ToArray();
        for (var i = 1; i <= expected.Length; i++)
        {
            var current = new int[heard.Length + 1];
            current[0] = i;
            for (var j = 1; j <= heard.Length; j++)
            {
                var substitution = previous[j - 1] + (expected[i - 1] == heard[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[heard.Length] / (double)expected.Length;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
