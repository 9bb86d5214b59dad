namespace BankHire.Attendance;

/// <summary>One day under the rules: status, first in and last out (bank time), minutes late and early, and whether something was flagged.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.DaySummary")]
public sealed record DaySummary(DateOnly Day, DayStatus Status, TimeOnly? FirstIn, TimeOnly? LastOut, int LateMinutes, int EarlyMinutes, bool Flagged);
