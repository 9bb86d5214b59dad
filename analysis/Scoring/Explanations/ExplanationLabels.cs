namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>The name HR's explanation gives a feature in each language (what a redaction of its lines looks for).</summary>
public static class ExplanationLabels
{
    public static (string Zh, string En) Of(string feature) =>
        (FeatureText.Label(feature, new Localised(ExplanationLanguage.Zh)), FeatureText.Label(feature, new Localised(ExplanationLanguage.En)));

    /// <summary>How HR's explanation starts the line of one indicator.</summary>
    public const string IndicatorLinePrefix = "  · ";
}
