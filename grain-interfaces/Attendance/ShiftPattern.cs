using System.Collections.Immutable;

namespace BankHire.Attendance;

/// <summary>Working hours in the bank's time zone, the grace before late or early leave counts, and the working days.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.ShiftPattern")]
public sealed record ShiftPattern(TimeOnly Start, TimeOnly End, int GraceMinutes, ImmutableArray<DayOfWeek> Workdays)
{
    public static readonly ShiftPattern Default = new(new TimeOnly(9, 0), new TimeOnly(17, 30), 5,
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
}
