using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Validation;

/// <summary>Checks a competency's indicators against the feature catalogue.</summary>
internal static class IndicatorValidator
{
    public static void Validate(IReadOnlyList<Indicator> indicators, string path, ProblemList problems)
    {
        if (indicators.Count == 0)
        {
            problems.Add(path, "a competency needs at least one indicator");
            return;
        }
        problems.RejectDuplicates(indicators, i => i.Feature, i => $"{path}[{i}].feature", "feature");

        var anyNonFacial = false;
        for (var i = 0; i < indicators.Count; i++)
        {
            var kind = ValidateOne(indicators[i], $"{path}[{i}]", problems);
            anyNonFacial |= kind is not null and not FeatureKind.Facial;
        }
        var allKnown = indicators.All(i => FeatureCatalogue.TryGet(i.Feature, out _));
        if (allKnown && !anyNonFacial)
            problems.Add(path, "needs at least one non-facial indicator so the competency can be scored without face analysis");
    }

    /// <returns>The feature's kind when it is known and scorable, else null.</returns>
    private static FeatureKind? ValidateOne(Indicator indicator, string path, ProblemList problems)
    {
        problems.RequirePositive($"{path}.weight", indicator.Weight);
        problems.RequirePositive($"{path}.tolerance", indicator.Tolerance);
        if (!Enum.IsDefined(indicator.Direction))
            problems.Add($"{path}.direction", $"unknown direction '{indicator.Direction}'");

        if (string.IsNullOrWhiteSpace(indicator.Feature))
        {
            problems.Add($"{path}.feature", "is required");
            return null;
        }
        if (ProtectedAttributes.IsProtected(indicator.Feature, out var attribute))
        {
            problems.Add($"{path}.feature", $"feature '{indicator.Feature}' is the protected attribute '{attribute}' and can never be scored");
            return null;
        }
        if (!FeatureCatalogue.TryGet(indicator.Feature, out var feature))
        {
            problems.Add($"{path}.feature", $"unknown feature '{indicator.Feature}'{Suggestion(indicator.Feature)}");
            return null;
        }
        if (!ScorableFeatures.IsScorable(feature, out var why))
        {
            problems.Add($"{path}.feature", $"feature '{feature.Name}' cannot be scored: {why}");
            return null;
        }

        var range = $"the range of '{feature.Name}' ({feature.Unit}): must be";
        problems.RequireWithin($"{path}.target", indicator.Target, feature.Min, feature.Max, $"target outside {range}");
        ValidateUpperTarget(indicator, feature, path, problems);
        return feature.Kind;
    }

    private static void ValidateUpperTarget(Indicator indicator, FeatureDefinition feature, string path, ProblemList problems)
    {
        if (indicator.Direction != IndicatorDirection.Within)
        {
            if (indicator.UpperTarget is not null)
                problems.Add($"{path}.upperTarget", $"is only used with direction Within, not {indicator.Direction}");
            return;
        }
        if (indicator.UpperTarget is not { } upper)
        {
            problems.Add($"{path}.upperTarget", "is required with direction Within");
            return;
        }
        problems.RequireWithin($"{path}.upperTarget", upper, feature.Min, feature.Max,
            $"upper target outside the range of '{feature.Name}' ({feature.Unit}): must be");
        if (upper < indicator.Target)
            problems.Add($"{path}.upperTarget",
                $"must not be below target ({ProblemList.Format(indicator.Target)}), got {ProblemList.Format(upper)}");
    }

    private static string Suggestion(string unknown)
    {
        var nearest = FeatureCatalogue.All
            .Select(f => (f.Name, Distance: EditDistance.Between(unknown, f.Name)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .First();
        return nearest.Distance <= 3 ? $" (did you mean '{nearest.Name}'?)" : "";
    }
}
