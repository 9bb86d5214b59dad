using System.Collections.Frozen;
using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Validation;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// Turns an interview's feature values into a <see cref="ScoreReport"/> for one version of a job's rubric.
/// Build one per rubric version (the model is validated once) and call <see cref="Score"/> for each interview;
/// it is immutable and thread-safe.
/// </summary>
/// <remarks>
/// An indicator that may not count (facial policy off, consent not given) or has no usable value is never scored
/// as zero: its weight is shared among the competency's remaining indicators in proportion to their weights, and a
/// competency left with nothing is dropped with its weight shared among the other competencies. The report's notes
/// say so, for the explanation.
/// </remarks>
public sealed class RubricScorer
{
    private readonly CompetencyModel _model;
    private readonly FrozenSet<string> _competencyKeys;
    private readonly string[][] _scopedKeys;
    private readonly FeatureDefinition[][] _definitions;

    /// <param name="rubricId">The rubric's identity written into reports (the job's id); the model's job code when null.</param>
    /// <exception cref="InvalidCompetencyModelException">The model has validation problems.</exception>
    public RubricScorer(CompetencyModel model, int rubricVersion, string? rubricId = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(rubricVersion);
        var problems = CompetencyModelValidator.Validate(model);
        if (problems.Count > 0)
            throw new InvalidCompetencyModelException(problems);

        _model = model;
        RubricVersion = rubricVersion;
        RubricId = string.IsNullOrWhiteSpace(rubricId) ? model.JobCode : rubricId;
        _competencyKeys = model.Competencies.Select(c => c.Key).ToFrozenSet(StringComparer.Ordinal);
        _scopedKeys = [.. model.Competencies.Select(c => c.Indicators.Select(i => FeatureKey.Scoped(i.Feature, c.Key)).ToArray())];
        _definitions = [.. model.Competencies.Select(c => c.Indicators.Select(i => FeatureCatalogue.Get(i.Feature)).ToArray())];
    }

    public CompetencyModel Model => _model;

    public int RubricVersion { get; }

    public string RubricId { get; }

    /// <summary>Scores a model in one call; prefer an instance when scoring many interviews.</summary>
    public static ScoreReport Score(CompetencyModel model, int rubricVersion, IReadOnlyCollection<FeatureValue> features, ScoringContext context) =>
        new RubricScorer(model, rubricVersion).Score(features, context);

    /// <param name="features">Catalogue features of the interview, plain or scoped (<c>name@competencyKey</c>), in any order.
    /// Other names are ignored and listed in the report's notes.</param>
    /// <exception cref="ArgumentException">The same feature key arrives twice with different values.</exception>
    public ScoreReport Score(IReadOnlyCollection<FeatureValue> features, ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(context);
        var inputs = FeatureInputs.Index(features, _competencyKeys);

        var measured = new MeasuredCompetency[_model.Competencies.Count];
        for (var c = 0; c < measured.Length; c++)
            measured[c] = Measure(c, inputs, context);

        var scoredWeight = measured.Where(m => m.Score is not null).Sum(m => m.Competency.Weight);
        var competencies = measured.Select(m => m.ToReport(scoredWeight)).ToList();
        var review = ContentEvidence.ReviewReasons(measured);
        double? overall = scoredWeight > 0 && review.Count == 0
            ? ReportRounding.Points(measured.Where(m => m.Score is not null).Sum(m => m.Score!.Value * m.Competency.Weight / scoredWeight))
            : null;

        return new ScoreReport(
            RubricId,
            RubricVersion,
            _model.JobCode,
            ScorerVersion.Current,
            overall,
            Recommend(overall),
            _model.Policy.PriorityHireCutoff,
            _model.Policy.SecondRoundCutoff,
            _model.Policy.FacialIndicatorsAllowed,
            context,
            FeaturesRead(measured),
            competencies,
            AnalyserVersions(competencies),
            ScoringNotes.For(_model, context, competencies, inputs.IgnoredNames),
            review);
    }

    private MeasuredCompetency Measure(int c, FeatureInputs inputs, ScoringContext context)
    {
        var competency = _model.Competencies[c];
        var indicators = new MeasuredIndicator[competency.Indicators.Count];
        for (var i = 0; i < indicators.Length; i++)
            indicators[i] = MeasuredIndicator.Measure(competency.Indicators[i], _definitions[c][i], _scopedKeys[c][i], inputs, context, _model.Policy);
        return new MeasuredCompetency(competency, indicators);
    }

    private Recommendation Recommend(double? overall) => overall switch
    {
        null => Recommendation.NeedsHumanReview,
        var s when s >= _model.Policy.PriorityHireCutoff => Recommendation.PriorityHire,
        var s when s >= _model.Policy.SecondRoundCutoff => Recommendation.SecondRound,
        _ => Recommendation.Reject,
    };

    private static List<FeatureValue> FeaturesRead(IEnumerable<MeasuredCompetency> measured) =>
        [.. measured.SelectMany(m => m.Inputs).Distinct().OrderBy(f => f.Name, StringComparer.Ordinal)];

    private static List<AnalyserVersionUsed> AnalyserVersions(IEnumerable<CompetencyScore> competencies) =>
        [.. competencies
            .SelectMany(c => c.Indicators)
            .Where(i => i.Status == IndicatorStatus.Scored)
            .Select(i => new AnalyserVersionUsed(i.Source!, i.AnalyserVersion!))
            .Distinct()
            .OrderBy(v => v.Feature, StringComparer.Ordinal)
            .ThenBy(v => v.AnalyserVersion, StringComparer.Ordinal)];
}
