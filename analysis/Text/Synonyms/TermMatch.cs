namespace BankHire.Analysis.Text.Synonyms;

/// <summary>
/// A place where a target (a concept key, a term, a requirement …) was found. <see cref="Start"/> and
/// <see cref="Length"/> are offsets in the original text; <see cref="Term"/> is the phrase that matched.
/// </summary>
public readonly record struct TermMatch(int Target, string Label, string Term, int Start, int Length, int FirstToken, int LastToken)
{
    public int End => Start + Length;
}
