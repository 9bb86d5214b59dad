namespace BankHire.Analysis.Scoring.Model;

/// <summary>
/// One competency (服务意识, 沟通能力 …). <see cref="Weight"/> is its share of the overall score,
/// <see cref="PassThreshold"/> the 0–100 score it must reach. <see cref="ResumeTerms"/> are the words
/// (or synonym-dictionary keys) that count as resume evidence for it.
/// </summary>
public sealed record Competency(
    string Key,
    string NameZh,
    string NameEn,
    double Weight,
    double PassThreshold,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<string> ResumeTerms);
