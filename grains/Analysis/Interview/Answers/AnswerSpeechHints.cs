using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Speech;

namespace BankHire.Analysis.Interview;

/// <summary>What a question leads an engine to expect, for the live and the stored path alike.</summary>
public static class AnswerSpeechHints
{
    public static SpeechHints For(InterviewQuestion question, string language)
    {
        var chinese = SpeechLanguage.Primary(language) == "zh";
        var phrases = question.ExpectedPoints
            .SelectMany(p => p.Terms.Prepend(chinese ? p.LabelZh : p.LabelEn))
            .Where(t => !string.IsNullOrWhiteSpace(t) && ContainsHan(t) == chinese)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SpeechHints(phrases, chinese ? question.TextZh : question.TextEn);
    }

    private static bool ContainsHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
