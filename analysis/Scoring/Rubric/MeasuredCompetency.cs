using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>A competency's unrounded outcome: its indicators and, when any was scored, its 0–100 score.</summary>
internal sealed class MeasuredCompetency
{
    private readonly MeasuredIndicator[] _indicators;
    private readonly double _scoredIndicatorWeight;

    public MeasuredCompetency(Competency competency, MeasuredIndicator[] indicators)
    {
        Competency = competency;
        _indicators = indicators;
        _scoredIndicatorWeight = indicators.Where(i => i.IsScored).Sum(i => i.Indicator.Weight);
        ContentMissing = ContentEvidence.IsMissing(indicators);
        Score = _scoredIndicatorWeight > 0 && !ContentMissing
            ? indicators.Where(i => i.IsScored).Sum(i => i.Score * i.Indicator.Weight) / _scoredIndicatorWeight * 100
            : null;
    }

    public Competency Competency { get; }

    /// <summary>It rests on what the candidate said and none of that could be measured: not scorable, a person reviews it.</summary>
    public bool ContentMissing { get; }

    public IEnumerable<MeasuredIndicator> ContentIndicators => _indicators.Where(i => i.Definition.Kind == FeatureKind.Content);

    /// <summary>The feature values its indicators read (none for indicators that were not allowed to count).</summary>
    public IEnumerable<FeatureValue> Inputs => _indicators.Where(i => i.Input is not null).Select(i => i.Input!);

    /// <summary>Unrounded 0–100 score, null when no indicator could be scored or its content is missing.</summary>
    public double? Score { get; }

    public CompetencyScore ToReport(double scoredCompetencyWeight)
    {
        var share = Score is null ? 0 : Competency.Weight / scoredCompetencyWeight;
        var indicators = _indicators
            .Select(i => i.ToReport(i.IsScored ? i.Indicator.Weight / _scoredIndicatorWeight : 0, share))
            .ToList();
        double? score = Score is { } s ? ReportRounding.Points(s) : null;
        return new CompetencyScore(
            Competency.Key,
            Competency.NameZh,
            Competency.NameEn,
            Competency.Weight,
            ReportRounding.Unit(share),
            ContentMissing ? CompetencyStatus.NotScorable : Score is null ? CompetencyStatus.Excluded : CompetencyStatus.Scored,
            score,
            Competency.PassThreshold,
            score is { } rounded ? rounded >= Competency.PassThreshold : null,
            ReportRounding.Points(share * 100),
            Score is { } raw ? ReportRounding.Points(raw * share) : null,
            indicators);
    }
}
