using System.Collections.Immutable;
using BankHire.Persistence;

namespace BankHire.Identity;

[GrainType("data-protection-key-ring")]
public sealed class DataProtectionKeyRingGrain(
    [PersistentState("data-protection-key-ring")] IPersistentState<DataProtectionKeyRingState> state) : Grain, IDataProtectionKeyRingGrain
{
    public ValueTask<ImmutableArray<string>> GetAllAsync() => ValueTask.FromResult(state.State.Keys.Select(k => k.Value).ToImmutableArray());

    public async ValueTask AddAsync(string name, string xml)
    {
        if (state.State.Keys.Any(k => k.Key == name)) return;
        state.State.Keys.Add(new(name, xml));
        await state.WriteOrReloadAsync(this);
    }
}
