using System.Collections.Immutable;
using BankHire.Persistence;

namespace BankHire.Integrations;

[GrainType("api-keys")]
public sealed class ApiKeysGrain([PersistentState("api-keys")] IPersistentState<ApiKeysState> state) : Grain, IApiKeysGrain
{
    private Dictionary<string, ApiKeyRecord> _byHash = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _byHash = state.State.Keys.ToDictionary(k => k.Hash, StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    public async ValueTask<bool> CreateAsync(ApiKeyRecord key)
    {
        if (_byHash.ContainsKey(key.Hash) || state.State.Keys.Any(k => k.Id == key.Id)) return false;
        state.State.Keys.Add(key);
        _byHash[key.Hash] = key;
        await state.WriteOrReloadAsync(this);
        return true;
    }

    public ValueTask<ImmutableArray<ApiKeyRecord>> ListAsync() =>
        ValueTask.FromResult(state.State.Keys.AsEnumerable().Reverse().ToImmutableArray());

    public async ValueTask<ApiKeyRecord?> RevokeAsync(Guid id, DateTimeOffset at)
    {
        var index = state.State.Keys.FindIndex(k => k.Id == id);
        if (index < 0) return null;
        var key = state.State.Keys[index];
        if (key.RevokedAt is not null) return key;
        key = key with { RevokedAt = at };
        state.State.Keys[index] = key;
        _byHash[key.Hash] = key;
        await state.WriteOrReloadAsync(this);
        return key;
    }

    public ValueTask<ApiKeyRecord?> FindByHashAsync(string hash) =>
        ValueTask.FromResult(_byHash.GetValueOrDefault(hash));
}
