using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Interview;

/// <summary>
/// Folds the scored answers of an interview into interview-level features by each feature's
/// <see cref="AggregationRule"/>, plus content features scoped to each competency (<c>expected_point_coverage@compliance</c>)
/// over the answers to that competency's questions, which the rubric prefers to the interview-wide value.
/// Practice answers are left out. Answers without a value do not count; a feature no answer measured is "no data"
/// with the answers' reasons. Deterministic: answers are read in the order given.
/// </summary>
public static class InterviewFeatureAggregator
{
    public static IReadOnlyList<FeatureValue> Aggregate(IReadOnlyList<AnswerAnalysis> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var scored = answers.Where(a => !a.Practice).ToList();
        var result = new List<FeatureValue>();
        foreach (var definition in FeatureCatalogue.All)
        {
            if (!AggregationRules.TryGet(definition.Name, out var rule)) continue;
            if (Combine(definition.Name, rule, scored) is { } value) result.Add(value);
        }

        foreach (var competency in scored.Select(a => a.CompetencyKey).Distinct().Order(StringComparer.Ordinal))
        {
            var ofCompetency = scored.Where(a => a.CompetencyKey == competency).ToList();
            foreach (var definition in FeatureCatalogue.All.Where(d => d.Kind == FeatureKind.Content && d.Name != "answer_word_count"))
            {
                if (Combine(definition.Name, AggregationRules.TryGet(definition.Name, out var rule) ? rule : AggregationRule.PerAnswerMean, ofCompetency) is { } value)
                    result.Add(value with { Name = FeatureKey.Scoped(definition.Name, competency) });
            }
        }

        return result;
    }

    private static FeatureValue? Combine(string name, AggregationRule rule, IReadOnlyList<AnswerAnalysis> answers)
    {
        var present = answers.Select(a => (Answer: a, Feature: a[name])).Where(p => p.Feature is not null).ToList();
        if (present.Count == 0) return null;

        var version = string.Join(", ", present.Select(p => p.Feature!.AnalyserVersion).Distinct().Order(StringComparer.Ordinal));
        var valued = present.Where(p => p.Feature!.HasValue).Select(p => (p.Answer, Value: p.Feature!.Value!.Value)).ToList();
        if (valued.Count == 0)
            return FeatureValue.NoData(name, version, WhyNone(present.Select(p => (p.Answer.QuestionId, p.Feature!.NoDataReason ?? "no value")).ToList()));

        var value = rule switch
        {
            AggregationRule.Sum => valued.Sum(v => v.Value),
            AggregationRule.Max => valued.Max(v => v.Value),
            _ => WeightedMean(valued, a => Weight(rule, a)),
        };
        return FeatureValue.Of(name, value, version);
    }

    private static double Weight(AggregationRule rule, AnswerAnalysis answer) => rule switch
    {
        AggregationRule.DurationWeighted => answer.DurationSeconds,
        AggregationRule.FaceTimeWeighted => answer.DurationSeconds * ValueOf(answer, "face_presence_ratio"),
        AggregationRule.SpeechTimeWeighted => answer.DurationSeconds * ValueOf(answer, "speaking_ratio"),
        AggregationRule.PauseCountWeighted => ValueOf(answer, "pause_count"),
        AggregationRule.WordCountWeighted => ValueOf(answer, "answer_word_count"),
        _ => 1,
    };

    private static double ValueOf(AnswerAnalysis answer, string feature) => answer[feature]?.Value ?? 0;

    /// <summary>The weighted mean; the plain mean when no answer has weight (e.g. no durations known).</summary>
    private static double WeightedMean(List<(AnswerAnalysis Answer, double Value)> valued, Func<AnswerAnalysis, double> weightOf)
    {
        double weighted = 0, total = 0;
        foreach (var (answer, value) in valued)
        {
            var weight = weightOf(answer);
            weighted += weight * value;
            total += weight;
        }
        return total > 0 ? weighted / total : valued.Average(v => v.Value);
    }

    private static string WhyNone(List<(string QuestionId, string Reason)> reasons)
    {
        var distinct = reasons.Select(r => r.Reason).Distinct().ToList();
        return distinct.Count == 1
            ? distinct[0]
            : "no answer had a value: " + string.Join("; ", reasons.Select(r => $"{r.QuestionId}: {r.Reason}"));
    }
}
