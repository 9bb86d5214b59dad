using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Tests.Text;

public class AnswerContentAnalyserTests
{
    private static readonly AnswerContentAnalyser Analyser = new(TestLexicon.DomainOnly);

    private const string GoodChineseAnswer =
        "您好。当时我在支行实习，一位客户因为排队时间太长而投诉。我的任务是安抚客户并尽快办理业务。" +
        "我首先耐心倾听他的意见，向他道歉，然后协调大堂经理开通窗口，给出解决方案。" +
        "最终客户很满意，还办理了理财产品。谢谢。";

    [Fact]
    public void A_structured_polite_chinese_answer_covers_the_expected_points()
    {
        var result = Analyser.Analyse(GoodChineseAnswer, TestQuestions.Complaint());

        Assert.Equal(1.0, result["expected_point_coverage"].Value);
        Assert.Equal(1.0, result["structure_star_score"].Value);
        Assert.Equal(1.0, result["polite_phrase_rate"].Value);
        Assert.Equal(0.0, result["filler_word_rate"].Value);
        Assert.All(result.Features, f => Assert.Equal("text/v1", f.AnalyserVersion));
    }

    [Fact]
    public void Explanations_name_the_spans_that_earned_each_point()
    {
        var result = Analyser.Analyse(GoodChineseAnswer, TestQuestions.Complaint());

        var coverage = result.ExplanationOf("expected_point_coverage");
        Assert.Equal(3, coverage.Spans.Count);
        foreach (var span in coverage.Spans)
            Assert.Equal(GoodChineseAnswer.Substring(span.Start, span.Length), span.Snippet);
        Assert.Contains("耐心", coverage.Spans.Select(s => s.Snippet));
        Assert.Contains("“解决方案”", coverage.Message);
        Assert.Contains(result.ExplanationOf("polite_phrase_rate").Spans, s => s.Snippet == "谢谢");
        Assert.Contains(result.ExplanationOf("structure_star_score").Spans, s => s.Snippet == "最终");
    }

    [Fact]
    public void An_english_answer_is_matched_through_synonyms_of_chinese_expected_points()
    {
        const string answer = "When I was an intern at a bank branch, a customer complained about fees. " +
                              "My task was to keep him as a client. I first listened and was patient, apologized, " +
                              "then proposed a solution. As a result he stayed with us. Thank you.";
        var result = Analyser.Analyse(answer, TestQuestions.Complaint());

        Assert.Equal(1.0, result["expected_point_coverage"].Value);
        Assert.Equal(1.0, result["structure_star_score"].Value);
        Assert.True(result["polite_phrase_rate"].Value > 0);
    }

    [Fact]
    public void Filler_words_are_counted_per_hundred_words()
    {
        const string answer = "嗯，那个，我觉得就是要耐心。";
        var result = Analyser.Analyse(answer, TestQuestions.Complaint());

        // 11 Han characters are 11 words; 嗯, 那个 and 就是 are three fillers.
        Assert.Equal(11, result["answer_word_count"].Value);
        Assert.Equal(3 * 100.0 / 11, result["filler_word_rate"].Value!.Value, 6);
        Assert.Equal(["嗯", "那个", "就是"], result.ExplanationOf("filler_word_rate").Spans.Select(s => s.Snippet));
    }

    [Fact]
    public void An_on_topic_answer_is_more_relevant_than_an_off_topic_one()
    {
        var onTopic = Analyser.Analyse(GoodChineseAnswer, TestQuestions.Complaint())["relevance_score"].Value!.Value;
        var offTopic = Analyser.Analyse("我喜欢周末去爬山，也喜欢看电影和做饭。", TestQuestions.Complaint())["relevance_score"].Value!.Value;

        Assert.InRange(onTopic, 0.2, 1.0);
        Assert.True(onTopic > offTopic * 2, $"on topic {onTopic}, off topic {offTopic}");
        Assert.Contains("投诉", Analyser.Analyse(GoodChineseAnswer, TestQuestions.Complaint()).ExplanationOf("relevance_score").Message);
    }

    [Fact]
    public void A_rude_unstructured_answer_scores_low_on_politeness_and_structure()
    {
        var result = Analyser.Analyse("客户自己不排队，跟我没关系，让他找领导去。", TestQuestions.Complaint());

        Assert.Equal(0.0, result["polite_phrase_rate"].Value);
        Assert.True(result["structure_star_score"].Value <= 0.25);
        Assert.Equal(0.0, result["expected_point_coverage"].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData(null)]
    [InlineData("。，！？")]
    public void An_empty_answer_has_no_data_for_every_feature(string? answer)
    {
        var result = Analyser.Analyse(answer, TestQuestions.Complaint());

        Assert.Equal(6, result.Features.Count);
        Assert.All(result.Features, f => Assert.False(f.HasValue));
        Assert.All(result.Features, f => Assert.False(string.IsNullOrEmpty(f.NoDataReason)));
    }

    [Fact]
    public void A_question_without_expected_points_reports_no_data_for_coverage_only()
    {
        var result = Analyser.Analyse(GoodChineseAnswer, TestQuestions.WithoutExpectedPoints());

        Assert.False(result["expected_point_coverage"].HasValue);
        Assert.True(result["structure_star_score"].HasValue);
    }

    [Fact]
    public void HR_added_cue_words_are_recognised()
    {
        var analyser = new AnswerContentAnalyser(TestLexicon.Fresh());
        const string answer = "辛苦你们了，我会尽快处理。";
        Assert.Equal(0.0, analyser.Analyse(answer, TestQuestions.Complaint())["polite_phrase_rate"].Value);

        analyser.Cues.Dictionary.Add(ContentCues.Polite, ["辛苦你们"]);

        Assert.Equal(1.0, analyser.Analyse(answer, TestQuestions.Complaint())["polite_phrase_rate"].Value);
    }

    [Fact]
    public void A_synonym_added_after_a_first_answer_counts_for_the_next_one()
    {
        var lexicon = TestLexicon.Fresh();
        var analyser = new AnswerContentAnalyser(lexicon);
        var question = TestQuestions.Complaint();
        const string answer = "我先认真聆听了客户的意见。";
        double? Coverage() => analyser.Analyse(answer, question).Features.Single(f => f.Name == "expected_point_coverage").Value;

        Assert.Equal(0, Coverage());
        lexicon.AddSynonyms("倾听", "聆听");
        Assert.Equal(1 / 3.0, Coverage()!.Value, 6);
    }
}
