namespace BankHire.Analysis.Resumes.Validation;

/// <summary>
/// How well the model agrees with HR on a set of resumes: the share of equal tiers, Spearman's rank correlation
/// (ties get their average rank; from three resumes, as for the interviewers' agreement), and the share of pairs HR orders that the model orders the same way (a model tie
/// counts half). Each is null when the set cannot measure it (fewer than two resumes, or no order to agree with).
/// </summary>
public sealed record AgreementFigures(int Count, double? TierAgreement, double? Spearman, double? PairwiseAccuracy, int ComparablePairs);

/// <summary>Two resumes HR orders one way and the model the other.</summary>
public sealed record DiscordantPair(ValidationItem PreferredByHr, ValidationItem PreferredByModel);

/// <summary>The figures for the whole set, per language and per format, and every discordant pair.</summary>
public sealed record ValidationReport(
    AgreementFigures Overall,
    IReadOnlyDictionary<string, AgreementFigures> ByLanguage,
    IReadOnlyDictionary<string, AgreementFigures> ByFormat,
    IReadOnlyList<DiscordantPair> Discordant);
