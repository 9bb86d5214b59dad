using BankHire.Analysis.Text.Content;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// One line of a screening breakdown: what was looked for, the points earned of those possible, why
/// (in Chinese and English) and the text spans of the screening text that earned them.
/// Knockouts carry no points: <see cref="Met"/> says whether the must-have was found.
/// </summary>
public sealed record ScreeningPart(
    ScreeningPartKind Kind,
    string Key,
    string LabelZh,
    string LabelEn,
    double Points,
    double MaxPoints,
    bool Met,
    string ExplanationZh,
    string ExplanationEn,
    IReadOnlyList<TextSpan> Evidence);
