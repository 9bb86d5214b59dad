namespace BankHire.Analysis.Resumes.Extraction;

/// <summary>A line of the screening text: where it starts in that text and which section it is in.</summary>
public readonly record struct ResumeLine(string Text, int Start, SectionKind Section)
{
    public int End => Start + Text.Length;
}
