using BankHire.Analysis.Features;
using BankHire.Analysis.Interview;

namespace BankHire.Analysis.Tests.Interview;

internal static class FeatureAssertions
{
    public static double ValueOf(this IReadOnlyList<FeatureValue> features, string name)
    {
        var feature = features.SingleOrDefault(f => f.Name == name) ?? throw new Xunit.Sdk.XunitException($"{name} is missing");
        return feature.Value ?? throw new Xunit.Sdk.XunitException($"{name} has no value: {feature.NoDataReason}");
    }

    public static double ValueOf(this AnswerAnalysis answer, string name) => answer.Features.ValueOf(name);

    public static IEnumerable<FeatureValue> OfKind(this IEnumerable<FeatureValue> features, params FeatureKind[] kinds) =>
        features.Where(f => FeatureCatalogue.TryGet(f.Name, out var d) && kinds.Contains(d.Kind));
}
