namespace BankHire.Attendance;

[GenerateSerializer, Alias("bankhire.BranchAttendanceState")]
public sealed class BranchAttendanceState
{
    /// <summary>The branch's 32-byte code secret, made on first use.</summary>
    [Id(0)] public byte[]? Secret { get; set; }
}
