using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Interview;

/// <summary>
/// What a question leads a speech engine to expect: every term of its expected points with the lexicon's synonyms
/// (the same expansion the content analyser matches with, so a hinted word is one that can cover a point), in the
/// answer's script, longest first; and the question in the answer's language as the prompt.
/// </summary>
public static class QuestionSpeechHints
{
    public static SpeechHints For(InterviewQuestion question, string language, TextLexicon lexicon)
    {
        var chinese = SpeechLanguage.Primary(language) == "zh";
        var phrases = question.ExpectedPoints
            .SelectMany(p => p.Terms.Count > 0 ? p.Terms : [p.LabelZh, p.LabelEn])
            .SelectMany(lexicon.Synonyms.Expand)
            .Select(t => t.Trim())
            .Where(t => t.Length > 0 && IsHan(t) == chinese)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .ThenBy(t => t, StringComparer.Ordinal)
            .ToList();
        return new SpeechHints(phrases, chinese ? question.TextZh : question.TextEn);
    }

    private static bool IsHan(string term) => term.Any(c => c is >= '\u3400' and <= '\u9FFF');
}
