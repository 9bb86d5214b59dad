namespace BankHire.Analysis.Validity;

/// <summary>
/// A Spearman correlation with its n and 95 % confidence interval, and how far it can be trusted in words.
/// <see cref="Rho"/> is null when withheld (fewer than <see cref="SpearmanInterval.MinimumN"/> pairs, or no variation).
/// </summary>
public sealed record CorrelationEstimate(int N, double? Rho, double? Lower, double? Upper, double? CorrectedForRangeRestriction, string Reliability);
