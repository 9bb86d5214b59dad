using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Tests.Text;

public class WordDictionaryTests
{
    [Fact]
    public void A_word_added_at_run_time_is_kept_whole_by_the_segmenter()
    {
        var lexicon = TestLexicon.Fresh();
        Assert.DoesNotContain("数币钱包", lexicon.Tokenize("推广数币钱包业务").Tokens.Select(t => t.Norm));

        lexicon.AddWord("数币钱包");

        Assert.Contains("数币钱包", lexicon.Tokenize("推广数币钱包业务").Tokens.Select(t => t.Norm));
    }

    [Fact]
    public void A_general_dictionary_file_is_loaded_beneath_the_domain_dictionary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bankhire-dict-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "蓬勃发展 3000 i\n柜 5 n\n");
        try
        {
            var lexicon = TextLexicon.Create(path);
            Assert.Equal(path, lexicon.GeneralDictionaryPath);
            Assert.Contains("蓬勃发展", lexicon.Tokenize("业务蓬勃发展").Tokens.Select(t => t.Norm));
            // The domain word wins over single characters of the general list.
            Assert.Contains("柜员", lexicon.Tokenize("柜员").Tokens.Select(t => t.Norm));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_general_dictionary_leaves_the_domain_dictionary_working()
    {
        var lexicon = TextLexicon.Create("/nonexistent/dict.txt");
        Assert.Null(lexicon.GeneralDictionaryPath);
        Assert.Contains("客户经理", lexicon.Tokenize("应聘客户经理").Tokens.Select(t => t.Norm));
    }

    [Fact]
    public void The_debian_jieba_dictionary_when_installed_segments_everyday_words()
    {
        // CI installs python3-jieba; on a machine without it there is nothing to check here.
        if (!File.Exists(GeneralDictionary.DebianJiebaPath)) return;
        var lexicon = TextLexicon.Create(GeneralDictionary.DebianJiebaPath);
        Assert.True(lexicon.Words.Count > 300_000);
        var words = lexicon.Tokenize("我们认真倾听客户的意见并及时反馈").Tokens.Select(t => t.Norm).ToList();
        Assert.Contains("倾听", words);
        Assert.Contains("及时", words);
        Assert.Contains("反馈", words);
    }
}
