using System.Security.Cryptography;
using BankHire.Persistence;

namespace BankHire.Attendance;

[GrainType("branch-attendance")]
public sealed class BranchAttendanceGrain(
    [PersistentState("branch-attendance")] IPersistentState<BranchAttendanceState> state,
    TimeProvider clock) : Grain, IBranchAttendanceGrain
{
    public async ValueTask<BranchCode> CurrentAsync()
    {
        var secret = await SecretAsync();
        var window = RotatingBranchCode.Window(clock.GetUtcNow());
        var branch = this.GetPrimaryKeyString();
        return new BranchCode(branch, RotatingBranchCode.Code(secret, branch, window), RotatingBranchCode.WindowEnd(window));
    }

    public async ValueTask<bool> VerifyAsync(string code, DateTimeOffset at) =>
        RotatingBranchCode.Verify(await SecretAsync(), this.GetPrimaryKeyString(), code, at);

    private async ValueTask<byte[]> SecretAsync()
    {
        if (state.State.Secret is { } secret) return secret;
        state.State.Secret = RandomNumberGenerator.GetBytes(32);
        await state.WriteOrReloadAsync(this);
        return state.State.Secret;
    }
}
