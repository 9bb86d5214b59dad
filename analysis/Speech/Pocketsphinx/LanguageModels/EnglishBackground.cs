namespace BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

/// <summary>
/// The general English that every question's language model starts from: the most probable words of the
/// Debian model that the pronouncing dictionary can say, their unigram probabilities renormalised over
/// that vocabulary, and the general model's bigrams among them that are likely enough to matter.
/// Built once per process (about 2 s) and kept (about 10 MB).
/// </summary>
public sealed class EnglishBackground
{
    public const string SentenceStart = "<s>";
    public const string SentenceEnd = "</s>";

    private EnglishBackground(Dictionary<string, double> unigrams, Dictionary<string, List<(string Word, double Probability)>> bigrams)
    {
        Unigrams = unigrams;
        Bigrams = bigrams;
    }

    /// <summary>Word → probability (summing to 1 over the vocabulary and <c>&lt;/s&gt;</c>).</summary>
    public IReadOnlyDictionary<string, double> Unigrams { get; }

    /// <summary>History → (word, P(word | history)) for the general model's explicit bigrams kept.</summary>
    public IReadOnlyDictionary<string, List<(string Word, double Probability)>> Bigrams { get; }

    public static EnglishBackground Build(TrieLanguageModel model, PronunciationDictionary dictionary, int vocabularySize, double minimumBigramLog10)
    {
        var words = model.Words;
        var kept = Enumerable.Range(0, words.Count)
            .Where(i => words[i] != SentenceStart && words[i] != SentenceEnd && dictionary.Contains(words[i]))
            .OrderByDescending(i => model.UnigramLog10[i])
            .Take(vocabularySize)
            .ToHashSet();
        var end = Enumerable.Range(0, words.Count).Single(i => words[i] == SentenceEnd);
        var start = Enumerable.Range(0, words.Count).Single(i => words[i] == SentenceStart);
        kept.Add(end);

        var total = kept.Sum(i => Math.Pow(10, model.UnigramLog10[i]));
        var unigrams = kept.ToDictionary(i => words[i], i => Math.Pow(10, model.UnigramLog10[i]) / total, StringComparer.Ordinal);

        var bigrams = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        foreach (var b in model.Bigrams(h => kept.Contains(h) || h == start, kept.Contains, minimumBigramLog10))
        {
            var history = words[b.History];
            if (!bigrams.TryGetValue(history, out var list)) bigrams[history] = list = [];
            list.Add((words[b.Word], Math.Pow(10, b.Log10)));
        }
        return new EnglishBackground(unigrams, bigrams);
    }
}
