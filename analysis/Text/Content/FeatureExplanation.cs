namespace BankHire.Analysis.Text.Content;

/// <summary>Why a feature has its value, naming the spans of the text that produced it.</summary>
public sealed record FeatureExplanation(string Feature, string Message, IReadOnlyList<TextSpan> Spans);
