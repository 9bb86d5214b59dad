using BankHire.Analysis.Interview;
using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Tests.Speech.Hinted;

public sealed class QuestionSpeechHintsTests
{
    [Fact]
    public void English_hints_are_the_points_english_terms_with_their_synonyms_and_the_question()
    {
        var question = SpokenAnswerSet.Questions["teller-q1"];

        var hints = QuestionSpeechHints.For(question, "en-US", TextLexicon.Shared);

        Assert.Contains("apologise", hints.Phrases);
        Assert.Contains("follow up", hints.Phrases);
        Assert.Contains("lobby manager", hints.Phrases); // 大堂经理's English synonym
        Assert.DoesNotContain(hints.Phrases, p => p.Any(c => c >= '\u4e00'));
        Assert.Equal(question.TextEn, hints.Prompt);
    }

    [Fact]
    public void Chinese_hints_are_the_chinese_terms_and_the_chinese_question()
    {
        var question = SpokenAnswerSet.Questions["teller-q1"];

        var hints = QuestionSpeechHints.For(question, "zh-CN", TextLexicon.Shared);

        Assert.Contains("大堂经理", hints.Phrases);
        Assert.Contains("大堂引导", hints.Phrases);
        Assert.DoesNotContain("follow up", hints.Phrases);
        Assert.Equal(question.TextZh, hints.Prompt);
    }
}
