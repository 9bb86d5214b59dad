using System.Globalization;
using System.Runtime.CompilerServices;
using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Content;

/// <summary>
/// Content features of one interview answer (a transcript or a typed answer, Chinese or English):
/// expected-point coverage, politeness, STAR structure, fillers, relevance and length, each with an
/// explanation naming the spans that produced it. Pure and thread-safe.
/// </summary>
public sealed class AnswerContentAnalyser(TextLexicon lexicon, ContentCues cues)
{
    public const string Version = "text/v1";

    /// <summary>Polite phrases expected per this many words; one is expected in any answer.</summary>
    private const int WordsPerExpectedPoliteUse = 100;

    private readonly ConceptVectors vectors = new(lexicon);
    private readonly ConditionalWeakTable<InterviewQuestion, QuestionReference> references = new();

    public AnswerContentAnalyser(TextLexicon lexicon) : this(lexicon, new ContentCues(lexicon.Tokenizer)) { }

    public ContentCues Cues { get; } = cues;

    /// <summary>The words and synonyms this analyser matches with (speech hints are drawn from the same).</summary>
    public TextLexicon Lexicon => lexicon;

    public AnswerContentResult Analyse(string? answer, InterviewQuestion question)
    {
        var text = lexicon.Tokenize(answer ?? string.Empty);
        if (text.Count == 0) return NoData(string.IsNullOrWhiteSpace(answer) ? "empty answer" : "answer has no words");

        var words = text.WordCount;
        var cueMatches = Cues.Matcher.Match(text);
        var features = new List<FeatureValue>();
        var explanations = new List<FeatureExplanation>();

        Add(features, explanations, ExpectedPointCoverage(text, question));
        Add(features, explanations, Politeness(text, cueMatches, words));
        Add(features, explanations, Structure(text, cueMatches));
        var fillerTokens = new HashSet<int>();
        Add(features, explanations, Fillers(text, cueMatches, words, fillerTokens));
        Add(features, explanations, Relevance(text, question, fillerTokens));
        features.Add(FeatureValue.Of("answer_word_count", words, Version));
        explanations.Add(new FeatureExplanation("answer_word_count",
            $"{words} words (each Chinese character counts as one word)", []));
        return new AnswerContentResult(features, explanations);
    }

    private (FeatureValue, FeatureExplanation) ExpectedPointCoverage(TokenizedText text, InterviewQuestion question)
    {
        const string name = "expected_point_coverage";
        if (question.ExpectedPoints.Count == 0)
            return (FeatureValue.NoData(name, Version, "question has no expected points"), new(name, "question has no expected points", []));

        var matches = ReferenceFor(question).ExpectedPoints.Match(text);
        var spans = new List<TextSpan>();
        var parts = new List<string>();
        var covered = 0;
        for (var i = 0; i < question.ExpectedPoints.Count; i++)
        {
            var point = question.ExpectedPoints[i];
            var first = matches.FirstOrDefault(m => m.Target == i);
            if (first.Length > 0)
            {
                covered++;
                spans.Add(Span(text, first));
                parts.Add($"{point.LabelZh}/{point.LabelEn}: covered by “{text.Snippet(first.Start, first.Length)}” at {first.Start}");
            }
            else
            {
                parts.Add($"{point.LabelZh}/{point.LabelEn}: not mentioned");
            }
        }
        var value = (double)covered / question.ExpectedPoints.Count;
        return (FeatureValue.Of(name, value, Version),
            new(name, $"{covered} of {question.ExpectedPoints.Count} expected points covered. " + string.Join("; ", parts), spans));
    }

    private (FeatureValue, FeatureExplanation) Politeness(TokenizedText text, List<TermMatch> cues, int words)
    {
        const string name = "polite_phrase_rate";
        var polite = cues.Where(m => m.Label == ContentCues.Polite).ToList();
        var expected = Math.Max(1, (int)Math.Ceiling((double)words / WordsPerExpectedPoliteUse));
        var value = Math.Min(1.0, (double)polite.Count / expected);
        var found = polite.Count == 0 ? "none found" : "found " + Quote(text, polite);
        return (FeatureValue.Of(name, value, Version),
            new(name, $"{polite.Count} polite phrase(s) for {expected} expected in {words} words: {found}", polite.Select(m => Span(text, m)).ToList()));
    }

    private (FeatureValue, FeatureExplanation) Structure(TokenizedText text, List<TermMatch> cues)
    {
        const string name = "structure_star_score";
        var parts = new List<string>();
        var spans = new List<TextSpan>();
        var present = 0;
        foreach (var (key, zh, en) in ContentCues.StarParts)
        {
            var hits = cues.Where(m => m.Label == key).ToList();
            if (hits.Count == 0)
            {
                parts.Add($"{zh}/{en}: no cue");
                continue;
            }
            present++;
            spans.AddRange(hits.Select(m => Span(text, m)));
            parts.Add($"{zh}/{en}: {Quote(text, hits)}");
        }
        var value = present / (double)ContentCues.StarParts.Count;
        return (FeatureValue.Of(name, value, Version), new(name, $"{present} of 4 STAR parts signalled. " + string.Join("; ", parts), spans));
    }

    private (FeatureValue, FeatureExplanation) Fillers(TokenizedText text, List<TermMatch> cues, int words, HashSet<int> fillerTokens)
    {
        const string name = "filler_word_rate";
        var fillers = cues.Where(m => m.Label == ContentCues.Filler).ToList();
        foreach (var m in fillers)
            for (var t = m.FirstToken; t <= m.LastToken; t++) fillerTokens.Add(t);
        var value = fillers.Count * 100.0 / words;
        var found = fillers.Count == 0 ? "none found" : Quote(text, fillers);
        return (FeatureValue.Of(name, value, Version),
            new(name, $"{fillers.Count} filler word(s) in {words} words = {value.ToString("0.##", CultureInfo.InvariantCulture)} per 100 words: {found}", fillers.Select(m => Span(text, m)).ToList()));
    }

    private (FeatureValue, FeatureExplanation) Relevance(TokenizedText text, InterviewQuestion question, HashSet<int> fillerTokens)
    {
        const string name = "relevance_score";
        var answer = vectors.Build(text, fillerTokens);
        var best = 0.0;
        List<string> bestShared = [];
        foreach (var reference in ReferenceFor(question).Vectors)
        {
            var shared = new List<string>();
            var cosine = ConceptVectors.Cosine(answer, reference, shared);
            if (cosine > best || bestShared.Count == 0)
            {
                best = Math.Max(best, cosine);
                bestShared = shared;
            }
        }
        var spans = bestShared.Select(k => answer[k]).Select(v => new TextSpan(v.Start, v.Length, text.Snippet(v.Start, v.Length))).OrderBy(s => s.Start).ToList();
        var message = spans.Count == 0
            ? "no word of the question or its expected points appears in the answer"
            : $"cosine {best.ToString("0.00", CultureInfo.InvariantCulture)} over words shared with the question: " + string.Join("、", spans.Select(s => "“" + s.Snippet + "”"));
        return (FeatureValue.Of(name, best, Version), new(name, message, spans));
    }

    /// <summary>
    /// The question's compiled expected points and reference vectors, kept per question object and
    /// rebuilt when HR changes the synonyms or the word dictionary.
    /// </summary>
    private QuestionReference ReferenceFor(InterviewQuestion question)
    {
        var stamp = (lexicon.Synonyms.Version, (object)lexicon.Words.Current);
        if (references.TryGetValue(question, out var cached) && cached.Stamp.Equals(stamp)) return cached;
        var matcher = lexicon.Synonyms.CompileMatcher(question.ExpectedPoints.Select(p =>
            (p.Key, p.Terms.Count > 0 ? (IEnumerable<string>)p.Terms : [p.LabelZh, p.LabelEn])));
        var pointTerms = question.ExpectedPoints.SelectMany(p => p.Terms).ToList();
        var texts = new[]
        {
            string.Join("\n", [question.TextZh, .. question.ExpectedPoints.Select(p => p.LabelZh), .. pointTerms]),
            string.Join("\n", [question.TextEn, .. question.ExpectedPoints.Select(p => p.LabelEn), .. pointTerms]),
        };
        var built = new QuestionReference(stamp, matcher, texts.Select(t => vectors.Build(lexicon.Tokenize(t))).ToArray());
        references.AddOrUpdate(question, built);
        return built;
    }

    private sealed record QuestionReference((int, object) Stamp, TermMatcher ExpectedPoints, Dictionary<string, (double Weight, int Start, int Length)>[] Vectors);

    private static AnswerContentResult NoData(string reason)
    {
        string[] names = ["expected_point_coverage", "polite_phrase_rate", "structure_star_score", "filler_word_rate", "relevance_score", "answer_word_count"];
        return new AnswerContentResult(
            names.Select(n => FeatureValue.NoData(n, Version, reason)).ToList(),
            names.Select(n => new FeatureExplanation(n, reason, [])).ToList());
    }

    private static void Add(List<FeatureValue> features, List<FeatureExplanation> explanations, (FeatureValue Value, FeatureExplanation Explanation) result)
    {
        features.Add(result.Value);
        explanations.Add(result.Explanation);
    }

    private static TextSpan Span(TokenizedText text, TermMatch m) => new(m.Start, m.Length, text.Snippet(m.Start, m.Length));

    private static string Quote(TokenizedText text, IEnumerable<TermMatch> matches) =>
        string.Join("、", matches.Select(m => $"“{text.Snippet(m.Start, m.Length)}”@{m.Start}"));
}
