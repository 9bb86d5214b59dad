using System.Collections.Immutable;
using BankHire.Indexes;
using BankHire.Persistence;

namespace BankHire.Jobs;

/// <summary>
/// Holds a job and every version of its competency model. The model JSON is validated by the caller
/// (the API) before it reaches the grain; the grain guarantees versions are immutable and numbered 1, 2, 3…
/// </summary>
[GrainType("job-rubric")]
public sealed class JobRubricGrain(
    [PersistentState("job-rubric")] IPersistentState<JobRubricState> state,
    TimeProvider clock) : Grain, IJobRubricGrain
{
    public async ValueTask<JobSnapshot> CreateAsync(JobPosting posting, string modelJson, string actor)
    {
        if (state.State.Posting is not null) return Snapshot();
        var now = clock.GetUtcNow();
        state.State.Id = this.GetPrimaryKeyString();
        state.State.Posting = posting;
        state.State.CreatedAt = now;
        state.State.Versions = [new RubricVersion(1, modelJson, now, actor, "created")];
        await state.WriteOrReloadAsync(this);
        await GrainFactory.GetGrain<IIndexGrain>(IndexKeys.Jobs).AddAsync(this.GetPrimaryKeyString());
        return Snapshot();
    }

    public ValueTask<JobSnapshot?> GetAsync() =>
        ValueTask.FromResult(state.State.Posting is null ? null : Snapshot());

    public async ValueTask<JobSnapshot> UpdatePostingAsync(JobPosting posting, string actor)
    {
        EnsureExists();
        state.State.Posting = posting;
        await state.WriteOrReloadAsync(this);
        return Snapshot();
    }

    public async ValueTask<RubricVersion> ReviseAsync(string modelJson, string author, string? changeNote)
    {
        EnsureExists();
        var current = state.State.Versions[^1];
        if (current.ModelJson == modelJson) return current;
        var next = new RubricVersion(current.Version + 1, modelJson, clock.GetUtcNow(), author, changeNote);
        state.State.Versions.Add(next);
        await state.WriteOrReloadAsync(this);
        return next;
    }

    public ValueTask<RubricVersion?> GetVersionAsync(int version) =>
        ValueTask.FromResult(state.State.Versions.FirstOrDefault(v => v.Version == version));

    public ValueTask<ImmutableArray<RubricVersion>> ListVersionsAsync() =>
        ValueTask.FromResult(state.State.Versions.ToImmutableArray());

    private JobSnapshot Snapshot() => new(
        state.State.Id!, state.State.Posting!, state.State.Versions[^1], state.State.Versions.Count, state.State.CreatedAt);

    private void EnsureExists()
    {
        if (state.State.Posting is null) throw new JobNotFoundException(this.GetPrimaryKeyString());
    }
}
