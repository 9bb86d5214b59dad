using BankHire.Indexes;
using BankHire.Persistence;

namespace BankHire.Identity;

[GrainType("hr-user")]
public sealed class HrUserGrain([PersistentState("hr-user")] IPersistentState<HrUserState> state) : Grain, IHrUserGrain
{
    public ValueTask<HrUserRecord?> GetAsync() => ValueTask.FromResult(state.State.User);

    public async ValueTask<bool> CreateAsync(HrUserRecord user)
    {
        if (state.State.User is not null) return false;
        state.State.User = user;
        await state.WriteOrReloadAsync(this);
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.HrUsers).AddAsync(this.GetPrimaryKeyString());
        return true;
    }

    public async ValueTask<bool> UpdateAsync(HrUserRecord user, string expectedConcurrencyStamp)
    {
        if (state.State.User is null || state.State.User.ConcurrencyStamp != expectedConcurrencyStamp) return false;
        state.State.User = user;
        await state.WriteOrReloadAsync(this);
        return true;
    }

    public async ValueTask DeleteAsync()
    {
        if (state.State.User is null) return;
        await state.ClearStateAsync();
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.HrUsers).RemoveAsync(this.GetPrimaryKeyString());
    }
}
