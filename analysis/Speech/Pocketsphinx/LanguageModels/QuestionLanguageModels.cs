using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

/// <summary>
/// Question language models on disk, built once per distinct hints and kept in a temporary folder
/// (about 7 MB each): every answer to one question reuses its model. The general background and the
/// pronouncing dictionary are read once per process, on the first hinted answer.
/// </summary>
internal sealed class QuestionLanguageModels(PocketsphinxOptions options, QuestionLanguageModelSettings settings)
{
    private readonly Lazy<Sources> sources = new(() => Sources.Read(options, settings));
    private readonly ConcurrentDictionary<string, Lazy<QuestionLanguageModel.Files>> built = new();

    public QuestionLanguageModelSettings Settings => settings;

    /// <summary>Short content key of the model for these hints, recorded in the transcript's model version.</summary>
    public string KeyOf(SpeechHints hints, string modelVersion)
    {
        var recipe = string.Join("\n", [modelVersion, settings.ToString(), hints.Prompt ?? "", .. hints.Phrases]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe)))[..12];
    }

    public QuestionLanguageModel.Files For(SpeechHints hints, string modelVersion)
    {
        var key = KeyOf(hints, modelVersion);
        return built.GetOrAdd(key, k => new Lazy<QuestionLanguageModel.Files>(() => Build(k, hints))).Value;
    }

    private QuestionLanguageModel.Files Build(string key, SpeechHints hints)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bankhire-question-lm", key);
        var source = sources.Value;
        // Built beside and renamed, so a half-written model is never used by another process.
        var partial = Directory.CreateTempSubdirectory("bankhire-question-lm-");
        var files = QuestionLanguageModel.Write(partial.FullName, hints, source.Background, source.Dictionary, source.Inflections, settings);
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
            try
            {
                Directory.Move(partial.FullName, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                // another process built the same model first
            }
        }
        if (Directory.Exists(partial.FullName)) partial.Delete(recursive: true);
        return files with
        {
            LanguageModel = Path.Combine(folder, Path.GetFileName(files.LanguageModel)),
            Dictionary = Path.Combine(folder, Path.GetFileName(files.Dictionary)),
        };
    }

    private sealed record Sources(EnglishBackground Background, PronunciationDictionary Dictionary, IReadOnlyDictionary<string, string[]> Inflections)
    {
        public static Sources Read(PocketsphinxOptions options, QuestionLanguageModelSettings settings)
        {
            var dictionary = PronunciationDictionary.Read(options.Dictionary);
            TrieLanguageModel model;
            try
            {
                model = TrieLanguageModel.Read(options.LanguageModel);
            }
            catch (FormatException e)
            {
                throw new SpeechToTextException(PocketsphinxSpeechToText.EngineName, e.Message, e);
            }
            var background = EnglishBackground.Build(model, dictionary, settings.VocabularySize, settings.MinimumBigramLog10);
            // The analyser stems both sides, so any inflection the candidate uses covers the point.
            var inflections = dictionary.Words
                .Where(w => w.All(char.IsAsciiLetterLower))
                .GroupBy(EnglishStemmer.Stem, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            return new Sources(background, dictionary, inflections);
        }
    }
}
