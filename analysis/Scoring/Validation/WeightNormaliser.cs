using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Validation;

/// <summary>
/// Rescales competency weights, and indicator weights within each competency, to sum to 1, so an HR editor
/// can enter "3, 2, 2, 1" and the stored rubric reads as shares. Run it on a valid model: groups with a
/// non-positive or non-finite sum are left untouched.
/// </summary>
public static class WeightNormaliser
{
    private const double SumTolerance = 1e-9;

    public static NormalisedModel Normalise(CompetencyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var normalised = new List<string>();

        var competencyDivisor = DivisorFor(model.Competencies.Select(c => c.Weight));
        if (competencyDivisor != 1)
            normalised.Add("competencies");

        var competencies = model.Competencies.Select((competency, i) =>
        {
            var indicatorDivisor = DivisorFor(competency.Indicators.Select(x => x.Weight));
            if (indicatorDivisor != 1)
                normalised.Add($"competencies[{i}].indicators");
            return competency with
            {
                Weight = competency.Weight / competencyDivisor,
                Indicators = [.. competency.Indicators.Select(x => x with { Weight = x.Weight / indicatorDivisor })],
            };
        }).ToList();

        return new NormalisedModel(model with { Competencies = competencies }, normalised);
    }

    /// <returns>The group's sum, or 1 when the group is already normalised or cannot be.</returns>
    private static double DivisorFor(IEnumerable<double> weights)
    {
        var sum = weights.Sum();
        return !double.IsFinite(sum) || sum <= 0 || Math.Abs(sum - 1) <= SumTolerance ? 1 : sum;
    }
}

/// <param name="NormalisedPaths">Which weight groups were rescaled: <c>competencies</c> and/or <c>competencies[i].indicators</c>.</param>
public sealed record NormalisedModel(CompetencyModel Model, IReadOnlyList<string> NormalisedPaths)
{
    public bool WeightsNormalised => NormalisedPaths.Count > 0;
}
