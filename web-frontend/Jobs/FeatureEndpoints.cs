using BankHire.Analysis.Features;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Web.Identity;

namespace BankHire.Web.Jobs;

/// <summary>The features a competency model's indicators may name, with unit and range, for the console's model editor.</summary>
public static class FeatureEndpoints
{
    public sealed record ScorableFeature(string Name, FeatureKind Kind, string Unit, double Min, double Max, string DescriptionZh, string DescriptionEn);

    public static void MapFeatures(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/features", List)
            .WithTags("Jobs").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("The scorable features an indicator may name (kind, unit, valid range, description); facial ones obey the job's policy.");
    }

    private static IEnumerable<ScorableFeature> List() => FeatureCatalogue.All
        .Where(f => ScorableFeatures.IsScorable(f))
        .Select(f => new ScorableFeature(f.Name, f.Kind, f.Unit, f.Min, f.Max, f.DescriptionZh, f.DescriptionEn));
}
