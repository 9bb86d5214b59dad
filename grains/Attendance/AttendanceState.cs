namespace BankHire.Attendance;

[GenerateSerializer, Alias("bankhire.AttendanceState")]
public sealed class AttendanceState
{
    /// <summary>Every check-in, in the order received.</summary>
    [Id(0)] public List<CheckIn> CheckIns { get; set; } = [];
    [Id(1)] public ShiftPattern? Shift { get; set; }
    [Id(2)] public List<AttendanceAppeal> Appeals { get; set; } = [];
    [Id(3)] public List<LeaveRequest> Leave { get; set; } = [];
}
