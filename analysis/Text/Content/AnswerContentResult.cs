using BankHire.Analysis.Features;

namespace BankHire.Analysis.Text.Content;

/// <summary>The content features of one answer and, for each, the explanation of its value.</summary>
public sealed record AnswerContentResult(IReadOnlyList<FeatureValue> Features, IReadOnlyList<FeatureExplanation> Explanations)
{
    public FeatureValue this[string feature] => Features.Single(f => f.Name == feature);

    public FeatureExplanation ExplanationOf(string feature) => Explanations.Single(e => e.Feature == feature);
}
