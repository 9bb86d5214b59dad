namespace BankHire.Attendance;

/// <summary>The stored check-in and whether this submission was a resend of one already stored.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.CheckInResult")]
public sealed record CheckInResult(CheckIn CheckIn, bool Replayed);
