using BankHire.Analysis.Features;

namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>
/// The feature values of one interview, indexed by key. Only catalogue features (optionally scoped to a
/// competency of the model) are kept; anything else is set aside so the report can say it was ignored.
/// Nothing outside the catalogue can reach a score through here, and protected attributes are dropped unmentioned.
/// </summary>
internal sealed class FeatureInputs
{
    private readonly Dictionary<string, FeatureValue> _byKey;

    public IReadOnlyList<string> IgnoredNames { get; }

    private FeatureInputs(Dictionary<string, FeatureValue> byKey, IReadOnlyList<string> ignoredNames)
    {
        _byKey = byKey;
        IgnoredNames = ignoredNames;
    }

    public bool TryGet(string key, out FeatureValue value) => _byKey.TryGetValue(key, out value!);

    /// <exception cref="ArgumentException">The same key arrives twice with different values.</exception>
    public static FeatureInputs Index(IReadOnlyCollection<FeatureValue> features, IReadOnlySet<string> competencyKeys)
    {
        var byKey = new Dictionary<string, FeatureValue>(features.Count, StringComparer.Ordinal);
        SortedSet<string>? ignored = null;
        foreach (var feature in features)
        {
            ArgumentNullException.ThrowIfNull(feature, nameof(features));
            var key = feature.Name ?? "";
            // Dropped without a note: a note would put the protected attribute into the report and its explanation.
            if (ProtectedAttributes.IsProtected(key))
                continue;
            if (!IsKnown(key, competencyKeys))
            {
                (ignored ??= new SortedSet<string>(StringComparer.Ordinal)).Add(key);
                continue;
            }
            if (byKey.TryGetValue(key, out var earlier))
            {
                // A re-delivered identical value is harmless; two different values would make the score depend on input order.
                if (earlier != feature)
                    throw new ArgumentException($"Feature '{key}' was supplied twice with different values.", nameof(features));
                continue;
            }
            byKey.Add(key, feature);
        }
        return new FeatureInputs(byKey, ignored is null ? [] : [.. ignored]);
    }

    private static bool IsKnown(string key, IReadOnlySet<string> competencyKeys)
    {
        if (key.Length == 0)
            return false;
        var (feature, scope) = FeatureKey.Parse(key);
        return FeatureCatalogue.TryGet(feature, out _) && (scope is null || competencyKeys.Contains(scope));
    }
}
