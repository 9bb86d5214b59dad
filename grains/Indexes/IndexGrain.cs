using System.Collections.Immutable;
using BankHire.Persistence;

namespace BankHire.Indexes;

[GrainType("index")]
public sealed class IndexGrain([PersistentState("index")] IPersistentState<IndexState> state) : Grain, IIndexGrain
{
    // A set beside the ordered list keeps Add O(1) for indexes of many thousand candidates.
    private HashSet<string>? _members;

    public async ValueTask AddAsync(string id)
    {
        _members ??= [.. state.State.Ids];
        if (!_members.Add(id)) return;
        state.State.Ids.Add(id);
        await state.WriteOrReloadAsync(this);
    }

    public async ValueTask RemoveAsync(string id)
    {
        _members ??= [.. state.State.Ids];
        if (!_members.Remove(id)) return;
        state.State.Ids.Remove(id);
        await state.WriteOrReloadAsync(this);
    }

    public ValueTask<ImmutableArray<string>> ListAsync() => ValueTask.FromResult(state.State.Ids.ToImmutableArray());
}
