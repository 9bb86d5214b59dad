namespace BankHire.Analysis.Text.Tokens;

/// <summary>
/// One word of a text. <see cref="Norm"/> is the matching form (lower-cased, stemmed for English);
/// <see cref="Start"/> and <see cref="Length"/> locate the word in the original text for explanations.
/// </summary>
public readonly record struct TextToken(string Norm, int Start, int Length, TokenKind Kind, bool IsStopWord)
{
    public int End => Start + Length;
}
