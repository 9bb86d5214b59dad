namespace BankHire.Analysis.Features;

/// <summary>What a feature means: its unit and valid range, so rubrics can be validated against it.</summary>
public sealed record FeatureDefinition(
    string Name,
    FeatureKind Kind,
    string Unit,
    double Min,
    double Max,
    string DescriptionZh,
    string DescriptionEn);
