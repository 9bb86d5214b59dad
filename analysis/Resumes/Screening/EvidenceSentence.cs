namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// A sentence of the screening text (split at line ends and 。！？；.!?;), and whether it is a bare keyword
/// list: three or more matched terms with at most one run of other words between them, the shape keyword stuffing takes.
/// </summary>
public readonly record struct EvidenceSentence(int Start, int End, int FirstToken, int LastToken, bool IsBareList, string NormalisedText);
