using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Interview;

/// <summary>
/// A whole interview for one version of a job's rubric: each answer through <see cref="AnswerAnalyser"/> (with the
/// job's facial policy and the candidate's consents), the answers folded by <see cref="InterviewFeatureAggregator"/>,
/// and the result scored and explained. The same inputs give the same <see cref="InterviewScore.Json"/>, byte for byte.
/// </summary>
public sealed class InterviewAnalysis(AnswerAnalyser answers, RubricScorer scorer)
{
    public RubricScorer Scorer => scorer;

    public AnalysisPermissions PermissionsFor(ScoringContext consents) =>
        new(consents, scorer.Model.Policy.FacialIndicatorsAllowed);

    /// <summary>Analyses the answers one after the other (one core per interview) and scores them.</summary>
    public async Task<InterviewScore> AnalyseAsync(IReadOnlyList<AnswerInput> inputs, ScoringContext consents, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var permissions = PermissionsFor(consents);
        var analysed = new List<AnswerAnalysis>(inputs.Count);
        foreach (var input in inputs)
            analysed.Add(await answers.AnalyseAsync(input, permissions, cancellation));
        return Score(analysed, consents);
    }

    /// <summary>Scores answers analysed earlier (e.g. stored per answer by the scoring grains).</summary>
    public InterviewScore Score(IReadOnlyList<AnswerAnalysis> analysed, ScoringContext consents)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(consents);
        var features = InterviewFeatureAggregator.Aggregate(analysed);
        var report = scorer.Score(features, consents);
        var document = ScoreReportDocument.For(report);
        return new InterviewScore(analysed, features, report, document, ScoreReportJson.Serialize(document));
    }
}
