using BankHire.Persistence;

namespace BankHire.Banks;

[GrainType("bank")]
public sealed class BankGrain([PersistentState("bank")] IPersistentState<BankState> state) : Grain, IBankGrain
{
    public ValueTask<BankProfile?> GetAsync() => ValueTask.FromResult(state.State.Profile);

    public async ValueTask<BankProfile> SetAsync(BankProfile profile)
    {
        state.State.Profile = profile;
        await state.WriteOrReloadAsync(this);
        return profile;
    }
}
