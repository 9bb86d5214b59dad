using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Lexicon;

/// <summary>
/// Everything the text analysers share: the word dictionary (an optional general Chinese dictionary
/// with our domain dictionary on top), stop words, the tokenizer and the synonym dictionary.
/// HR extends it at run time with <see cref="AddWord"/> and <see cref="AddSynonyms"/>.
/// </summary>
public sealed class TextLexicon
{
    /// <summary>Frequency given to domain words without one: high enough to win against general words.</summary>
    public const long DomainWordFrequency = 50_000;

    private static readonly Lazy<TextLexicon> SharedInstance = new(() => Create(GeneralDictionary.Locate()));

    private TextLexicon(Tokenizer tokenizer, SynonymDictionary synonyms, string? generalDictionaryPath)
    {
        Tokenizer = tokenizer;
        Synonyms = synonyms;
        GeneralDictionaryPath = generalDictionaryPath;
    }

    /// <summary>One lexicon per process, with the general dictionary if one is installed.</summary>
    public static TextLexicon Shared => SharedInstance.Value;

    public Tokenizer Tokenizer { get; }

    public SynonymDictionary Synonyms { get; }

    public WordDictionary Words => Tokenizer.Words;

    /// <summary>The general dictionary that was loaded, or null when the domain dictionary stands alone.</summary>
    public string? GeneralDictionaryPath { get; }

    /// <summary>
    /// Builds a lexicon from the embedded domain data, on top of the jieba-format dictionary at
    /// <paramref name="generalDictionaryPath"/> when given (a missing file is ignored, not an error).
    /// </summary>
    public static TextLexicon Create(string? generalDictionaryPath = null)
    {
        var words = new WordDictionary();
        string? loaded = null;
        if (generalDictionaryPath is not null && File.Exists(generalDictionaryPath))
        {
            using var reader = new StreamReader(generalDictionaryPath);
            words.AddRange(WordListReader.Read(reader, 1));
            loaded = generalDictionaryPath;
        }
        using (var domain = EmbeddedData.Open("Text.Data.words.txt"))
            words.AddRange(WordListReader.Read(domain, DomainWordFrequency).ToList());

        var stopWords = new StopWords(EmbeddedData.ReadAll("Text.Data.stopwords.txt")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !w.StartsWith('#'))
            .Select(w => EnglishStemmer.Stem(w.ToLowerInvariant())));
        var tokenizer = new Tokenizer(words, stopWords);
        var synonyms = new SynonymDictionary(tokenizer);
        using (var concepts = EmbeddedData.Open("Text.Data.synonyms.txt"))
            synonyms.Load(concepts);
        return new TextLexicon(tokenizer, synonyms, loaded);
    }

    public void AddWord(string word, long? frequency = null) =>
        Words.Add(word.Trim(), frequency ?? Math.Max(DomainWordFrequency, Words.SuggestFrequency(word.Trim())));

    public void AddSynonyms(string conceptKey, params IEnumerable<string> terms) => Synonyms.Add(conceptKey, terms);

    public TokenizedText Tokenize(string text) => Tokenizer.Tokenize(text);
}
