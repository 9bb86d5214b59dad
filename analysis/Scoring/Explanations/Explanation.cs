namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>A score explained in one language for one audience: a summary line and the lines beneath it.</summary>
public sealed record Explanation(ExplanationLanguage Language, string Summary, IReadOnlyList<string> Lines)
{
    public string Text => string.Join("\n", Lines.Prepend(Summary));

    public override string ToString() => Text;
}
