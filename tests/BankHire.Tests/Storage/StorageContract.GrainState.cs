using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Storage.Probes;
using Orleans.Storage;

namespace BankHire.Tests.Storage;

public abstract partial class StorageContract
{
    [StorageContractFact]
    public async Task A_state_never_written_reads_as_no_record()
    {
        var read = await ReadAsync(NewGrainId());

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Null(read.State!.Value);
    }

    [StorageContractFact]
    public async Task A_written_state_reads_back_with_its_etag()
    {
        var grainId = NewGrainId();
        var written = new GrainState<ProbeState>(new ProbeState { Value = "first" });

        await GrainStorage.WriteStateAsync(GrainType, grainId, written);
        var read = await ReadAsync(grainId);

        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("first", read.State!.Value);
    }

    [StorageContractFact]
    public async Task An_update_with_the_current_etag_replaces_the_state_and_changes_the_etag()
    {
        var grainId = NewGrainId();
        var state = new GrainState<ProbeState>(new ProbeState { Value = "first" });
        await GrainStorage.WriteStateAsync(GrainType, grainId, state);
        var firstETag = state.ETag;

        state.State!.Value = "second";
        await GrainStorage.WriteStateAsync(GrainType, grainId, state);
        var read = await ReadAsync(grainId);

        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal("second", read.State!.Value);
    }

    [StorageContractFact]
    public async Task A_write_with_a_stale_etag_throws_and_keeps_the_newer_state()
    {
        var grainId = NewGrainId();
        var current = new GrainState<ProbeState>(new ProbeState { Value = "first" });
        await GrainStorage.WriteStateAsync(GrainType, grainId, current);
        var stale = new GrainState<ProbeState>(new ProbeState { Value = "stale" }) { ETag = current.ETag };
        current.State!.Value = "newer";
        await GrainStorage.WriteStateAsync(GrainType, grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => GrainStorage.WriteStateAsync(GrainType, grainId, stale));

        var read = await ReadAsync(grainId);
        Assert.Equal("newer", read.State!.Value);
    }

    [StorageContractFact]
    public async Task A_first_write_of_a_state_someone_else_created_throws()
    {
        var grainId = NewGrainId();
        await GrainStorage.WriteStateAsync(GrainType, grainId, new GrainState<ProbeState>(new ProbeState { Value = "theirs" }));

        var unaware = new GrainState<ProbeState>(new ProbeState { Value = "mine" });

        await Assert.ThrowsAsync<InconsistentStateException>(() => GrainStorage.WriteStateAsync(GrainType, grainId, unaware));
    }

    [StorageContractFact]
    public async Task A_cleared_state_reads_as_no_record_and_can_be_written_again()
    {
        var grainId = NewGrainId();
        var state = new GrainState<ProbeState>(new ProbeState { Value = "first" });
        await GrainStorage.WriteStateAsync(GrainType, grainId, state);

        await GrainStorage.ClearStateAsync(GrainType, grainId, state);
        var afterClear = await ReadAsync(grainId);

        Assert.False(afterClear.RecordExists);
        Assert.Null(afterClear.State!.Value);

        afterClear.State!.Value = "again";
        await GrainStorage.WriteStateAsync(GrainType, grainId, afterClear);
        var read = await ReadAsync(grainId);
        Assert.Equal("again", read.State!.Value);
    }

    [StorageContractFact]
    public async Task A_clear_with_a_stale_etag_throws_and_keeps_the_state()
    {
        var grainId = NewGrainId();
        var current = new GrainState<ProbeState>(new ProbeState { Value = "first" });
        await GrainStorage.WriteStateAsync(GrainType, grainId, current);
        var stale = new GrainState<ProbeState>(new ProbeState()) { ETag = current.ETag, RecordExists = true };
        await GrainStorage.WriteStateAsync(GrainType, grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => GrainStorage.ClearStateAsync(GrainType, grainId, stale));

        var read = await ReadAsync(grainId);
        Assert.Equal("first", read.State!.Value);
    }

    [StorageContractFact]
    public async Task Grain_ids_that_differ_only_by_key_extension_have_separate_states()
    {
        var key = Guid.NewGuid();
        var type = Orleans.Runtime.GrainType.Create("contract");
        var plain = GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(key));
        var extended = GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(key, "interview-7"));

        await GrainStorage.WriteStateAsync(GrainType, plain, new GrainState<ProbeState>(new ProbeState { Value = "plain" }));
        await GrainStorage.WriteStateAsync(GrainType, extended, new GrainState<ProbeState>(new ProbeState { Value = "extended" }));

        Assert.Equal("plain", (await ReadAsync(plain)).State!.Value);
        Assert.Equal("extended", (await ReadAsync(extended)).State!.Value);
    }

    [StorageContractFact]
    public async Task A_grain_finds_its_state_after_deactivation()
    {
        var grain = Fixture.Cluster.Client.GetGrain<IStorageProbeGrain>(Guid.NewGuid().ToString("N"));
        await grain.SetAsync("kept");

        await Fixture.Cluster.DeactivateAsync(grain);

        Assert.Equal("kept", await grain.GetAsync());
    }

    [StorageContractFact]
    public async Task Two_hundred_grains_writing_at_once_all_succeed()
    {
        const int grainCount = 200;
        const int writesPerGrain = 3;
        var batch = "batch-" + Guid.NewGuid().ToString("N");
        var grains = Enumerable.Range(0, grainCount)
            .Select(i => Fixture.Cluster.Client.GetGrain<IStorageProbeGrain>($"{batch}-{i}"))
            .ToList();

        await Task.WhenAll(grains.Select(async grain =>
        {
            for (var write = 1; write <= writesPerGrain; write++)
            {
                await grain.SetAsync($"write {write}");
            }
        }));

        // Every grain's row holds its last write: one insert then two updates, version 3.
        var rows = await CountRowsAsync(
            "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @ServiceId AND GrainIdExtensionString LIKE @Batch AND Version = @Version",
            ("ServiceId", Fixture.ServiceId), ("Batch", batch + "-%"), ("Version", writesPerGrain));
        Assert.Equal(grainCount, rows);
    }

    private async Task<GrainState<ProbeState>> ReadAsync(GrainId grainId)
    {
        var state = new GrainState<ProbeState>();
        await GrainStorage.ReadStateAsync(GrainType, grainId, state);
        return state;
    }
}
