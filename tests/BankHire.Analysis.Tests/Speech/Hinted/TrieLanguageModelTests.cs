using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Speech.Pocketsphinx.LanguageModels;

namespace BankHire.Analysis.Tests.Speech.Hinted;

/// <summary>The Debian model read by our trie reader gives the probabilities Debian's own <c>sphinx_lm_eval</c> gives.</summary>
public sealed class TrieLanguageModelTests
{
    private static readonly Lazy<TrieLanguageModel> Model = new(() => TrieLanguageModel.Read(new PocketsphinxOptions().LanguageModel));

    [Fact]
    public void Unigrams_and_bigrams_match_sphinx_lm_eval()
    {
        var model = Model.Value;
        var index = model.Words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);

        Assert.Equal(72547, model.Words.Count);
        Assert.Equal(-1.6510, model.UnigramLog10[index["a"]], 3);
        // sphinx_lm_eval -text "follow up": log P(up|follow) = -23700 in base 1.0001; "of the": -16085.
        var bigrams = model.Bigrams(h => h == index["follow"] || h == index["of"], w => w == index["up"] || w == index["the"], -99);
        Assert.Equal(-23700 * Math.Log10(1.0001), bigrams.Single(b => b.History == index["follow"] && b.Word == index["up"]).Log10, 3);
        Assert.Equal(-16085 * Math.Log10(1.0001), bigrams.Single(b => b.History == index["of"] && b.Word == index["the"]).Log10, 3);
    }

    [Fact]
    public void A_file_that_is_not_a_trie_model_is_refused()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "\\data\\\nngram 1=1\n");

        Assert.Throws<FormatException>(() => TrieLanguageModel.Read(path));
        File.Delete(path);
    }
}
