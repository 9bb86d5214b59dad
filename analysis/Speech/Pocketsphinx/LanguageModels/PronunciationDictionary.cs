namespace BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

/// <summary>
/// The CMU pronouncing dictionary as pocketsphinx reads it (<c>word PHONES</c>, variants as <c>word(2)</c>):
/// every pronunciation of a word, so a small dictionary can be written for a small language model.
/// </summary>
public sealed class PronunciationDictionary
{
    private readonly Dictionary<string, List<string>> pronunciations;

    private PronunciationDictionary(Dictionary<string, List<string>> pronunciations) => this.pronunciations = pronunciations;

    public IEnumerable<string> Words => pronunciations.Keys;

    public bool Contains(string word) => pronunciations.ContainsKey(word);

    public static PronunciationDictionary Read(string path)
    {
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var space = line.IndexOf(' ');
            if (space <= 0) continue;
            var word = line[..space];
            var variant = word.IndexOf('(');
            if (variant > 0) word = word[..variant];
            if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
            list.Add(line[(space + 1)..].Trim());
        }
        return new PronunciationDictionary(byWord);
    }

    /// <summary>The dictionary lines of these words, in pocketsphinx's format; words it does not know are skipped.</summary>
    public IEnumerable<string> LinesFor(IEnumerable<string> words)
    {
        foreach (var word in words.Order(StringComparer.Ordinal))
        {
            if (!pronunciations.TryGetValue(word, out var list)) continue;
            for (var i = 0; i < list.Count; i++)
                yield return i == 0 ? $"{word} {list[i]}" : $"{word}({i + 1}) {list[i]}";
        }
    }
}
