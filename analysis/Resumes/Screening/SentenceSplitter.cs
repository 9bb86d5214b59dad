using System.Text;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>Cuts a tokenized text into sentences and marks bare keyword lists.</summary>
public static class SentenceSplitter
{
    private const int BareListMinimumTerms = 3;
    private const int BareListMaximumGaps = 1;

    /// <param name="matchedTokens">For each token, whether some screening term covers it.</param>
    public static List<EvidenceSentence> Split(TokenizedText text, bool[] matchedTokens, int[] termsStartingAt)
    {
        var sentences = new List<EvidenceSentence>();
        var source = text.Source;
        var tokenIndex = 0;
        var start = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && !IsBoundary(source, i)) continue;
            if (i > start)
            {
                var first = tokenIndex;
                while (tokenIndex < text.Count && text[tokenIndex].Start < i) tokenIndex++;
                var last = tokenIndex - 1;
                if (last >= first) sentences.Add(Describe(text, start, i, first, last, matchedTokens, termsStartingAt));
            }
            start = i + 1;
        }
        return sentences;
    }

    private static bool IsBoundary(string s, int i) => s[i] switch
    {
        '\n' or '。' or '！' or '？' or '；' or ';' or '!' or '?' => true,
        '.' => i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]),
        _ => false,
    };

    private static EvidenceSentence Describe(TokenizedText text, int start, int end, int first, int last, bool[] matched, int[] termsStartingAt)
    {
        int gaps = 0, terms = 0;
        var normalised = new StringBuilder();
        for (var t = first; t <= last; t++)
        {
            normalised.Append(text[t].Norm).Append(' ');
            terms += termsStartingAt[t];
            if (!matched[t] && (t == first || matched[t - 1])) gaps++;
        }
        // A real sentence has verbs and function words between its terms; a stuffed list has none but
        // perhaps a label such as 关键词：. Runs of unmatched words are counted rather than words, since
        // without a general dictionary an unknown word is segmented into single characters.
        var bare = terms >= BareListMinimumTerms && gaps <= BareListMaximumGaps;
        return new EvidenceSentence(start, end, first, last, bare, normalised.ToString());
    }
}
