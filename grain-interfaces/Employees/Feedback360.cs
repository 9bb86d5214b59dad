namespace BankHire.Employees;

/// <summary>One piece of 360° feedback for a period: who gave it (Manager, Peer, DirectReport, Self), a 0–100 score and words.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Feedback360")]
public sealed record Feedback360(string Period, string RaterRole, string Rater, double Score, string? Comment, DateTimeOffset At);
