using System.Collections.Immutable;

namespace BankHire.Candidates;

/// <summary>One line of a resume screening: what was looked for, points earned of those possible, why (zh/en) and the evidence.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ScreeningLine")]
public sealed record ScreeningLine(
    string Kind,
    string Key,
    string LabelZh,
    string LabelEn,
    double Points,
    double MaxPoints,
    bool Met,
    string ExplanationZh,
    string ExplanationEn,
    ImmutableArray<EvidenceSpan> Evidence);
