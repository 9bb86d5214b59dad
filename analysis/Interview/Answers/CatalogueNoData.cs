using BankHire.Analysis.Features;

namespace BankHire.Analysis.Interview;

/// <summary>Every catalogue feature of some kinds as "no data" with one reason, so a failed analysis is explained, not absent.</summary>
internal static class CatalogueNoData
{
    public static IReadOnlyList<FeatureValue> For(string analyserVersion, string reason, params FeatureKind[] kinds) =>
        [.. FeatureCatalogue.All.Where(d => kinds.Contains(d.Kind)).Select(d => FeatureValue.NoData(d.Name, analyserVersion, reason))];
}
