namespace BankHire.Attendance;

/// <summary>A branch's rotating check-in code (shown as a QR code at the branch; it changes every 30 s). Keyed by branch code.</summary>
[Alias("bankhire.IBranchAttendanceGrain")]
public interface IBranchAttendanceGrain : IGrainWithStringKey
{
    /// <summary>The code in force now and until when.</summary>
    [Alias("Current")] ValueTask<BranchCode> CurrentAsync();

    /// <summary>True when <paramref name="code"/> was in force at <paramref name="at"/> (or the 30 s before, for a slow scan).</summary>
    [Alias("Verify")] ValueTask<bool> VerifyAsync(string code, DateTimeOffset at);
}

[GenerateSerializer, Immutable, Alias("bankhire.BranchCode")]
public sealed record BranchCode(string Branch, string Code, DateTimeOffset ValidUntil);
