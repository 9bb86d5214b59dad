namespace BankHire.Tests.Storage.Probes;

public sealed class StorageProbeGrain([PersistentState("probe")] IPersistentState<ProbeState> state) : Grain, IStorageProbeGrain
{
    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(state.State.Value);
}
