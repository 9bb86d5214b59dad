using System.Globalization;
using System.Text;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

/// <summary>
/// A bigram language model for one question's answers, written as ARPA text with the dictionary it needs:
/// the general English background, with a share of probability moved to the hint words (every inflection the
/// pronouncing dictionary knows: explain, explained, explaining), to the question's own words, and to the next
/// word of a hint phrase (follow → up). P(w | h) = (1 − λ)·P_background(w | h) + λ-share(w); backoff weights keep
/// each history's distribution summing to one. Hint words the dictionary cannot pronounce are left out: pocketsphinx
/// cannot listen for a word it cannot say.
/// </summary>
public static class QuestionLanguageModel
{
    public sealed record Files(string LanguageModel, string Dictionary, IReadOnlyList<string> Unpronounceable);

    public static Files Write(string folder, SpeechHints hints, EnglishBackground background, PronunciationDictionary dictionary,
        IReadOnlyDictionary<string, string[]> inflections, QuestionLanguageModelSettings settings)
    {
        var phrases = hints.Phrases.Select(WordsOf).Where(p => p.Length > 0).ToList();
        var unpronounceable = phrases.SelectMany(p => p).Where(w => !dictionary.Contains(w)).Distinct().ToList();
        phrases = phrases.Where(p => p.All(dictionary.Contains)).ToList();
        var hintWords = phrases.SelectMany(p => p)
            .SelectMany(w => inflections.GetValueOrDefault(EnglishStemmer.Stem(w), []).Append(w))
            .ToHashSet(StringComparer.Ordinal);
        var promptWords = WordsOf(hints.Prompt ?? "").Where(dictionary.Contains).ToHashSet(StringComparer.Ordinal);
        var backgroundShare = 1 - (hintWords.Count > 0 ? settings.HintMass : 0) - (promptWords.Count > 0 ? settings.PromptMass : 0);

        double Boost(string w) =>
            (hintWords.Contains(w) ? settings.HintMass / hintWords.Count : 0) + (promptWords.Contains(w) ? settings.PromptMass / promptWords.Count : 0);

        var unigrams = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in background.Unigrams.Keys.Concat(hintWords).Concat(promptWords))
            unigrams[w] = backgroundShare * background.Unigrams.GetValueOrDefault(w) + Boost(w);

        var bigrams = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (history, next) in background.Bigrams)
        {
            var row = bigrams[history] = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (word, p) in next) row[word] = backgroundShare * p + Boost(word);
        }
        foreach (var group in phrases.SelectMany(p => p.Zip(p.Skip(1))).Distinct().GroupBy(pair => pair.First))
        {
            if (!bigrams.TryGetValue(group.Key, out var row)) bigrams[group.Key] = row = new Dictionary<string, double>(StringComparer.Ordinal);
            var share = settings.PhraseContinuation / group.Count();
            foreach (var (_, second) in group) row[second] = Math.Max(row.GetValueOrDefault(second), share);
        }

        Directory.CreateDirectory(folder);
        var files = new Files(Path.Combine(folder, "question.arpa"), Path.Combine(folder, "question.dict"), unpronounceable);
        WriteArpa(files.LanguageModel, unigrams, bigrams);
        File.WriteAllLines(files.Dictionary, dictionary.LinesFor(unigrams.Keys.Where(w => w != EnglishBackground.SentenceEnd)));
        return files;
    }

    private static void WriteArpa(string path, Dictionary<string, double> unigrams, Dictionary<string, Dictionary<string, double>> bigrams)
    {
        var total = unigrams.Values.Sum();
        foreach (var w in unigrams.Keys.ToList()) unigrams[w] /= total;
        foreach (var row in bigrams.Values)
        {
            foreach (var w in row.Keys.Where(w => !unigrams.ContainsKey(w)).ToList()) row.Remove(w);
            var sum = row.Values.Sum();
            if (sum > 0.99) foreach (var w in row.Keys.ToList()) row[w] *= 0.99 / sum;
        }

        double BackoffLog10(string history)
        {
            if (!bigrams.TryGetValue(history, out var row) || row.Count == 0) return 0;
            var left = 1 - row.Values.Sum();
            var unigramLeft = 1 - row.Keys.Sum(w => unigrams[w]);
            return Math.Log10(Math.Max(1e-6, left) / Math.Max(1e-6, unigramLeft));
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        var bigramCount = bigrams.Values.Sum(r => r.Count);
        writer.WriteLine("\\data\\");
        writer.WriteLine($"ngram 1={unigrams.Count + 1}");
        writer.WriteLine($"ngram 2={bigramCount}");
        writer.WriteLine();
        writer.WriteLine("\\1-grams:");
        writer.WriteLine($"-99.0000\t{EnglishBackground.SentenceStart}\t{Number(BackoffLog10(EnglishBackground.SentenceStart))}");
        foreach (var (w, p) in unigrams.OrderBy(u => u.Key, StringComparer.Ordinal))
            writer.WriteLine($"{Number(Math.Log10(p))}\t{w}\t{Number(BackoffLog10(w))}");
        writer.WriteLine();
        writer.WriteLine("\\2-grams:");
        foreach (var (history, row) in bigrams.OrderBy(b => b.Key, StringComparer.Ordinal))
            foreach (var (w, p) in row.OrderBy(r => r.Key, StringComparer.Ordinal))
                writer.WriteLine($"{Number(Math.Log10(p))}\t{history} {w}");
        writer.WriteLine();
        writer.WriteLine("\\end\\");
    }

    /// <summary>A hint or prompt in the dictionary's spelling: lower case words of letters and apostrophes.</summary>
    internal static string[] WordsOf(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), "[a-z]+(?:'[a-z]+)?").Select(m => m.Value).ToArray();

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
