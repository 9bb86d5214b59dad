using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>One indicator's unrounded outcome, before the competency knows how weight is shared.</summary>
internal readonly record struct MeasuredIndicator(
    Indicator Indicator,
    FeatureDefinition Definition,
    IndicatorStatus Status,
    IndicatorReason Reason,
    FeatureValue? Input,
    string? ReasonDetail,
    double Score)
{
    public bool IsScored => Status == IndicatorStatus.Scored;

    public static MeasuredIndicator Measure(
        Indicator indicator, FeatureDefinition definition, string scopedKey, FeatureInputs inputs, ScoringContext context, ScoringPolicy policy)
    {
        var exclusion = policy.Pack.Forbids(definition.Name) ? IndicatorReason.JurisdictionForbids : Exclusion(definition.Kind, context, policy);
        if (exclusion != IndicatorReason.None)
            return new(indicator, definition, IndicatorStatus.Excluded, exclusion, null, null, 0);

        if (!inputs.TryGet(scopedKey, out var input) && !inputs.TryGet(indicator.Feature, out input))
            return new(indicator, definition, IndicatorStatus.NoData, IndicatorReason.NotMeasured, null, null, 0);
        if (input.Value is not { } value)
            return new(indicator, definition, IndicatorStatus.NoData, IndicatorReason.AnalyserHadNoData, input, input.NoDataReason, 0);
        if (!double.IsFinite(value) || value < definition.Min || value > definition.Max)
            return new(indicator, definition, IndicatorStatus.NoData, IndicatorReason.InvalidValue, input,
                FormattableString.Invariant($"value {value} outside {definition.Min}–{definition.Max}"), 0);

        return new(indicator, definition, IndicatorStatus.Scored, IndicatorReason.None, input, null, IndicatorCurve.Score(indicator, value));
    }

    private static IndicatorReason Exclusion(FeatureKind kind, ScoringContext context, ScoringPolicy policy) => kind switch
    {
        FeatureKind.Facial when !policy.FacialIndicatorsAllowed => IndicatorReason.FacialPolicyOff,
        FeatureKind.Facial when !context.FaceConsent => IndicatorReason.FaceConsentNotGiven,
        FeatureKind.Voice when !context.VoiceConsent => IndicatorReason.VoiceConsentNotGiven,
        FeatureKind.Content when !context.ContentConsent => IndicatorReason.ContentConsentNotGiven,
        _ => IndicatorReason.None,
    };

    /// <param name="shareInCompetency">This indicator's weight over the competency's scored weight (0 if not scored).</param>
    /// <param name="competencyShare">The competency's weight over all scored competencies' weight.</param>
    public IndicatorScore ToReport(double shareInCompetency, double competencyShare)
    {
        var maxPoints = shareInCompetency * competencyShare * 100;
        return new IndicatorScore(
            Indicator.Feature,
            Definition.Kind,
            Indicator.Direction,
            Indicator.Target,
            Indicator.UpperTarget,
            Indicator.Tolerance,
            Indicator.Weight,
            ReportRounding.Unit(shareInCompetency),
            Status,
            Reason,
            ReasonDetail,
            Input?.Name,
            Input?.Value,
            IsScored ? ReportRounding.Unit(Score) : null,
            ReportRounding.Points(maxPoints),
            IsScored ? ReportRounding.Points(Score * maxPoints) : null,
            Input?.AnalyserVersion,
            Indicator.HiddenFromCandidate);
    }
}
