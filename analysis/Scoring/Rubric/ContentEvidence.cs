using BankHire.Analysis.Features;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The one rule on evidence: a competency whose indicators include what the candidate said is judged on it or not at
/// all — when none of its content indicators could be scored, face and voice do not stand in for it. And an overall
/// score, hence a verdict, needs every such competency scored and some content scored somewhere.
/// </summary>
internal static class ContentEvidence
{
    public static bool RestsOnContent(IEnumerable<MeasuredIndicator> indicators) =>
        indicators.Any(i => i.Definition.Kind == FeatureKind.Content);

    /// <summary>True when the competency rests on content and not one content indicator was scored.</summary>
    public static bool IsMissing(IReadOnlyCollection<MeasuredIndicator> indicators) =>
        RestsOnContent(indicators) && !indicators.Any(i => i.Definition.Kind == FeatureKind.Content && i.IsScored);

    /// <summary>Why no verdict may be given, in competency order; empty when the overall score may be produced.</summary>
    public static List<HumanReviewReason> ReviewReasons(IReadOnlyList<MeasuredCompetency> competencies)
    {
        var reasons = competencies
            .Where(c => c.ContentMissing)
            .Select(c => new HumanReviewReason(HumanReviewCode.ContentNotMeasured, c.Competency.Key,
                [.. c.ContentIndicators.Select(i => i.Indicator.Feature).Distinct(StringComparer.Ordinal)],
                [.. c.ContentIndicators.Select(Detail).OfType<string>().Distinct(StringComparer.Ordinal)]))
            .ToList();
        if (competencies.All(c => c.Score is null && !c.ContentMissing))
            reasons.Add(new HumanReviewReason(HumanReviewCode.NothingScorable, null, [], []));
        else if (!competencies.Any(c => c.ContentIndicators.Any()))
            reasons.Add(new HumanReviewReason(HumanReviewCode.RubricMeasuresNoContent, null, [], []));
        return reasons;
    }

    private static string? Detail(MeasuredIndicator indicator) => indicator.Reason switch
    {
        IndicatorReason.ContentConsentNotGiven => "the candidate did not consent to content analysis",
        IndicatorReason.NotMeasured => "no value was supplied",
        _ => indicator.ReasonDetail,
    };
}
