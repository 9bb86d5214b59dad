using BankHire.Analysis.Features;
using BankHire.Analysis.Speech.Engines;
using BankHire.Analysis.Speech.Pocketsphinx;

namespace BankHire.Analysis.ModelCards;

/// <summary>One card per speech engine configured for an answer language; a language without one is said plainly.</summary>
internal static class SpeechCards
{
    private static readonly string[] Transcribed = ["expected_point_coverage", "polite_phrase_rate", "structure_star_score", "filler_word_rate", "relevance_score", "answer_word_count"];

    public static IEnumerable<ModelCardEntry> For(IReadOnlyDictionary<string, SpeechEngineSettings> engines)
    {
        foreach (var group in engines.GroupBy(e => e.Value).OrderBy(g => g.Key.EngineName, StringComparer.Ordinal))
        {
            var languages = string.Join(", ", group.Select(e => e.Key).Order(StringComparer.Ordinal));
            yield return group.Key.Kind switch
            {
                SpeechEngineKind.Pocketsphinx => Pocketsphinx(languages),
                SpeechEngineKind.OpenAiCompatible => Service(group.Key, languages),
                _ => NoEngine(languages),
            };
        }
        foreach (var language in new[] { "zh", "en" }.Where(l => !engines.ContainsKey(l)))
            yield return NoEngine(language);
    }

    private static ModelCardEntry Pocketsphinx(string languages) =>
        new($"speech-pocketsphinx", "语音转写（内置英语）", $"Speech-to-text, built in ({languages})", FeatureKind.Content, Transcribed,
            PocketsphinxAccuracy.Engine, PocketsphinxAccuracy.ModelPackage, "BSD-3-Clause (model), BSD-2-Clause (decoder)",
            string.Join("; ", PocketsphinxAccuracy.ModelFiles.Select(f => $"{f.Key} {f.Value}")), PocketsphinxSpeechToText.EngineName,
            PocketsphinxAccuracy.Measures, PocketsphinxAccuracy.LabelledSet,
            [.. PocketsphinxAccuracy.Figures.SelectMany(f => new[]
            {
                new AccuracyFigure("expected-point recall", f.Condition, f.ExpectedPointRecall),
                new AccuracyFigure("points invented, per point not said", f.Condition, f.FalseCoverage),
                new AccuracyFigure("word error rate", f.Condition, f.WordErrorRate),
            })],
            PocketsphinxAccuracy.KnownLimits, MeasureRelease.Released);

    private static ModelCardEntry Service(SpeechEngineSettings engine, string languages) =>
        new($"speech-{engine.EngineName}", $"语音转写（本行服务 {engine.EngineName}）", $"Speech-to-text, the bank's service {engine.EngineName} ({languages})",
            FeatureKind.Content, Transcribed, $"model '{engine.Model}' behind an OpenAI-compatible /v1/audio/transcriptions endpoint",
            $"the bank's own service at {engine.BaseUrl?.GetLeftPart(UriPartial.Authority)}", "the bank's", null, $"{engine.EngineName} {engine.Model}",
            "The words of each spoken answer, transcribed per speech segment while the candidate speaks; content is measured on them.",
            "Not measured by BankHire: the bank validates its own service.", [],
            ["When the service fails or is unreachable, spoken answers in its languages have no content and the report asks for human review."],
            MeasureRelease.External);

    private static ModelCardEntry NoEngine(string language) =>
        new($"speech-none-{language}", $"语音转写（{language}：未配置）", $"Speech-to-text ({language}: none configured)", FeatureKind.Content, Transcribed,
            "none", "configure BankHire:Speech:Engines:" + language, "—", null, "none",
            $"Spoken answers in '{language}' are not transcribed: only typed answers have content; spoken ones go to human review.",
            "—", [], [], MeasureRelease.Withheld, $"no speech-to-text engine for '{language}'");
}
