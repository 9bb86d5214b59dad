namespace BankHire.Analysis.Tests.Text;

public class SynonymMatchingTests
{
    [Fact]
    public void A_concept_is_found_through_any_of_its_synonyms_with_spans_in_the_original_text()
    {
        var lexicon = TestLexicon.DomainOnly;
        var matcher = lexicon.Synonyms.CompileMatcher(["客服"]);
        const string zh = "曾在网点从事柜台服务两年";
        const string en = "Two years of Customer Services at a branch";

        var zhMatch = Assert.Single(matcher.Match(lexicon.Tokenize(zh)));
        Assert.Equal("柜台服务", zh.Substring(zhMatch.Start, zhMatch.Length));
        var enMatch = Assert.Single(matcher.Match(lexicon.Tokenize(en)));
        Assert.Equal("Customer Services", en.Substring(enMatch.Start, enMatch.Length));
    }

    [Fact]
    public void Matching_is_by_word_not_by_substring()
    {
        var lexicon = TestLexicon.DomainOnly;
        var matcher = lexicon.Synonyms.CompileMatcher(["bank"]);
        Assert.Empty(matcher.Match(lexicon.Tokenize("a river embankment")));
        var client = lexicon.Synonyms.CompileMatcher(["客户"]);
        Assert.Empty(client.Match(lexicon.Tokenize("应聘客户经理岗位")));
        var pay = lexicon.Synonyms.CompileMatcher(["理财"]);
        Assert.Empty(pay.Match(lexicon.Tokenize("负责管理财务报表")));
    }

    [Fact]
    public void A_phrase_matches_whatever_the_segmenter_did_inside_it()
    {
        var lexicon = TestLexicon.DomainOnly;
        var matcher = lexicon.Synonyms.CompileMatcher(["柜面操作规范"]);
        var match = Assert.Single(matcher.Match(lexicon.Tokenize("熟悉柜面操作规范。")));
        Assert.Equal(2, match.Start);
        Assert.Equal(6, match.Length);
    }

    [Fact]
    public void English_phrases_tolerate_hyphens_and_spacing_but_not_punctuation()
    {
        var lexicon = TestLexicon.DomainOnly;
        var matcher = lexicon.Synonyms.CompileMatcher(["stress test"]);
        Assert.Single(matcher.Match(lexicon.Tokenize("Ran stress-testing on loans")));
        Assert.Single(matcher.Match(lexicon.Tokenize("Ran stress   tests on loans")));
        Assert.Empty(matcher.Match(lexicon.Tokenize("Under stress. Tests were hard")));
    }

    [Fact]
    public void HR_can_add_synonyms_at_run_time()
    {
        var lexicon = TestLexicon.Fresh();
        var text = lexicon.Tokenize("负责窗口接待工作");
        Assert.Empty(lexicon.Synonyms.CompileMatcher(["客户服务"]).Match(text));

        lexicon.AddSynonyms("客户服务", "窗口接待");

        var match = Assert.Single(lexicon.Synonyms.CompileMatcher(["customer service"]).Match(text));
        Assert.Equal("窗口接待", text.Snippet(match.Start, match.Length));
    }

    [Fact]
    public void Overlapping_terms_of_one_concept_count_once()
    {
        var lexicon = TestLexicon.DomainOnly;
        var matcher = lexicon.Synonyms.CompileMatcher(["风险管理"]);
        var matches = matcher.Match(lexicon.Tokenize("risk management and risk control"));
        Assert.Equal(2, matches.Count);
    }
}
