namespace BankHire.Analysis.Vision;

/// <summary>Whether the frames showed a live person doing what was asked; <paramref name="Reason"/> says why not (or what was seen).</summary>
public sealed record LivenessVerdict(bool Passed, string Reason);
