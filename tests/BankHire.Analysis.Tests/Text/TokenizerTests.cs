using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => TestLexicon.DomainOnly.Tokenize(text).Tokens.Select(t => t.Norm).ToArray();

    [Fact]
    public void Chinese_is_segmented_into_dictionary_words()
    {
        var words = Words("我在银行网点担任综合柜员，负责现金业务和客户投诉处理");
        Assert.Contains("综合柜员", words);
        Assert.Contains("网点", words);
        Assert.Contains("负责", words);
        Assert.DoesNotContain("员", words);
    }

    [Fact]
    public void English_is_lower_cased_and_plural_ing_ed_forms_meet()
    {
        var words = Words("Handled complaints, handling COMPLAINT, handles customers");
        Assert.Equal(["handl", "complaint", "handl", "complaint", "handl", "customer"], words);
    }

    [Fact]
    public void Token_offsets_point_into_the_original_text_including_full_width_letters()
    {
        const string text = "持有ＣＦＡ证书, worked at Bank";
        var tokens = TestLexicon.DomainOnly.Tokenize(text).Tokens;
        var cfa = tokens.Single(t => t.Norm == "cfa");
        Assert.Equal("ＣＦＡ", text.Substring(cfa.Start, cfa.Length));
        var bank = tokens.Single(t => t.Norm == "bank");
        Assert.Equal("Bank", text.Substring(bank.Start, bank.Length));
    }

    [Fact]
    public void Chinese_characters_each_count_as_a_word_and_english_words_once()
    {
        var text = TestLexicon.DomainOnly.Tokenize("我是柜员 I am a teller, 3.5 years");
        Assert.Equal(4 + 4 + 2, text.WordCount);
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Number && t.Norm == "3.5");
    }

    [Fact]
    public void Programming_language_names_keep_their_symbols()
    {
        Assert.Equal(["c++", "c#", "java"], Words("C++、C#、Java"));
    }

    [Fact]
    public void Stop_words_are_marked_but_kept_for_phrases()
    {
        var tokens = TestLexicon.DomainOnly.Tokenize("thank you for the help").Tokens;
        Assert.True(tokens.Single(t => t.Norm == "the").IsStopWord);
        Assert.False(tokens.Single(t => t.Norm == "help").IsStopWord);
        Assert.Equal(5, tokens.Count);
    }
}
