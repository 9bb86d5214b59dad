namespace BankHire.SecondRound;

/// <summary>A scorecard the second round does not accept (no round scheduled, or the interviewer is not assigned).</summary>
[GenerateSerializer, Alias("bankhire.ScorecardRefusedException")]
public sealed class ScorecardRefusedException(string message) : Exception(message);
