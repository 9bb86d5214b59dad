using BankHire.Analysis.Features;
using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.ModelCards;

/// <summary>The content analyser's card: text in (typed or transcribed), expected points and the other content features out.</summary>
internal static class ContentCards
{
    public static IEnumerable<ModelCardEntry> All() =>
    [
        new("content", "回答内容", "Answer content", FeatureKind.Content,
            ["expected_point_coverage", "polite_phrase_rate", "structure_star_score", "filler_word_rate", "relevance_score", "answer_word_count"],
            "Our rules: Chinese word segmentation on jieba's dictionary plus domain words, English stemming, HR's synonyms",
            "BankHire (analysis/Text); Debian python3-jieba dictionary", "MIT (jieba dictionary)", null, AnswerContentAnalyser.Version,
            "Which of the question's expected points the answer covers, politeness, situation-task-action-result structure, fillers, relevance.",
            "32 English answers we wrote to 6 template questions, each labelled with the points it says.",
            [new("expected points found exactly as labelled", "written (typed) answers", 32 / 32.0)],
            ["Paraphrases outside the points' terms and HR's synonyms are missed; HR extends the synonyms (POST /api/lexicon).",
             "On spoken answers its accuracy is that of the speech engine before it."],
            MeasureRelease.Released),
    ];
}
