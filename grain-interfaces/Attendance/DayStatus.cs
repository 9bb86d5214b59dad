namespace BankHire.Attendance;

/// <summary>What a day counts as. Excused: an approved appeal; Leave: approved leave; Rest: not a working day.</summary>
[GenerateSerializer, Alias("bankhire.DayStatus")]
public enum DayStatus { Normal, Late, EarlyLeave, LateAndEarlyLeave, Absent, Leave, Excused, Rest, Upcoming }
