namespace BankHire.Analysis.Text.Content;

/// <summary>A piece of the analysed text: offset and length in the original, and the words themselves.</summary>
public sealed record TextSpan(int Start, int Length, string Snippet);
