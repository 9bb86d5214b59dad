using System.Globalization;

namespace BankHire.Analysis.Text.Lexicon;

/// <summary>
/// Reads word lists in jieba's format, <c>word [frequency] [tag]</c> one a line (the format of our
/// domain dictionary and of Debian's python3-jieba dict.txt). A missing frequency means <paramref name="defaultFrequency"/>.
/// </summary>
public static class WordListReader
{
    public static IEnumerable<(string Word, long Frequency)> Read(TextReader reader, long defaultFrequency)
    {
        while (reader.ReadLine() is { } line)
        {
            var span = line.AsSpan().Trim();
            if (span.IsEmpty || span[0] == '#') continue;
            var space = span.IndexOfAny(' ', '\t');
            if (space < 0)
            {
                yield return (span.ToString(), defaultFrequency);
                continue;
            }
            var word = span[..space].ToString();
            var rest = span[(space + 1)..].TrimStart();
            var end = rest.IndexOfAny(' ', '\t');
            var number = end < 0 ? rest : rest[..end];
            yield return (word, long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : defaultFrequency);
        }
    }
}
