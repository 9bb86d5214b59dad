using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Storage.Probes;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Storage;

public abstract partial class StorageContract
{
    private IReminderTable ReminderTable => SiloServices.GetRequiredService<IReminderTable>();

    // Whole milliseconds: PostgreSQL keeps timestamptz(3).
    private static readonly DateTime StartAt = new(2030, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);

    private static ReminderEntry NewReminder(string name = "follow-up") => new()
    {
        GrainId = GrainId.Create("reminder-contract", Guid.NewGuid().ToString("N")),
        ReminderName = name,
        StartAt = StartAt,
        Period = TimeSpan.FromHours(36),
    };

    [StorageContractFact]
    public async Task A_registered_reminder_reads_back_by_name_and_by_grain()
    {
        var reminder = NewReminder();

        var etag = await ReminderTable.UpsertRow(reminder);
        var byName = await ReminderTable.ReadRow(reminder.GrainId, reminder.ReminderName);
        var byGrain = await ReminderTable.ReadRows(reminder.GrainId);

        Assert.NotNull(etag);
        Assert.NotNull(byName);
        Assert.Equal(reminder.GrainId, byName.GrainId);
        Assert.Equal(StartAt, byName.StartAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(36), byName.Period);
        Assert.Equal(etag, byName.ETag);
        Assert.Equal(reminder.ReminderName, Assert.Single(byGrain.Reminders).ReminderName);
    }

    [StorageContractFact]
    public async Task Registering_a_reminder_again_updates_it_and_changes_its_etag()
    {
        var reminder = NewReminder();
        var firstETag = await ReminderTable.UpsertRow(reminder);

        reminder.Period = TimeSpan.FromMinutes(5);
        var secondETag = await ReminderTable.UpsertRow(reminder);
        var read = await ReminderTable.ReadRow(reminder.GrainId, reminder.ReminderName);

        Assert.NotEqual(firstETag, secondETag);
        Assert.Equal(TimeSpan.FromMinutes(5), read!.Period);
        Assert.Single((await ReminderTable.ReadRows(reminder.GrainId)).Reminders);
    }

    [StorageContractFact]
    public async Task A_silo_finds_a_reminder_in_the_hash_range_that_holds_its_grain()
    {
        var reminder = NewReminderAwayFromHashEdges();
        var hash = reminder.GrainId.GetUniformHashCode();
        await ReminderTable.UpsertRow(reminder);

        bool Contains(ReminderTableData data) => data.Reminders.Any(r => r.GrainId == reminder.GrainId);

        // (begin, end]: a plain range, then one that wraps around the ring.
        Assert.True(Contains(await ReminderTable.ReadRows(hash - 1, hash)));
        Assert.False(Contains(await ReminderTable.ReadRows(hash, hash + 1)));
        Assert.True(Contains(await ReminderTable.ReadRows(hash + 10, hash + 5)));
        Assert.False(Contains(await ReminderTable.ReadRows(hash, hash - 1)));
    }

    [StorageContractFact]
    public async Task Unregistering_with_a_stale_etag_fails_and_with_the_current_one_removes_the_reminder()
    {
        var reminder = NewReminder();
        var staleETag = await ReminderTable.UpsertRow(reminder);
        var currentETag = await ReminderTable.UpsertRow(reminder);

        Assert.False(await ReminderTable.RemoveRow(reminder.GrainId, reminder.ReminderName, staleETag!));
        Assert.NotNull(await ReminderTable.ReadRow(reminder.GrainId, reminder.ReminderName));

        Assert.True(await ReminderTable.RemoveRow(reminder.GrainId, reminder.ReminderName, currentETag!));
        Assert.Null(await ReminderTable.ReadRow(reminder.GrainId, reminder.ReminderName));
    }

    [StorageContractFact]
    public async Task A_grain_registers_finds_and_unregisters_its_reminder()
    {
        var key = Guid.NewGuid().ToString("N");
        var grain = Fixture.Cluster.Client.GetGrain<IReminderProbeGrain>(key);

        await grain.StartAsync(dueTime: TimeSpan.FromHours(1), period: TimeSpan.FromHours(1));
        Assert.True(await grain.HasReminderAsync());
        Assert.NotNull(await ReminderTable.ReadRow(grain.GetGrainId(), ReminderProbeGrain.ReminderName));

        await grain.StopAsync();
        Assert.False(await grain.HasReminderAsync());
        Assert.Null(await ReminderTable.ReadRow(grain.GetGrainId(), ReminderProbeGrain.ReminderName));
    }

    // Keeps hash ± 10 from crossing the signed-integer boundaries, where the ranges above would change meaning.
    private static ReminderEntry NewReminderAwayFromHashEdges()
    {
        while (true)
        {
            var reminder = NewReminder();
            var signed = (int)reminder.GrainId.GetUniformHashCode();
            if (signed is > int.MinValue + 10 and < int.MaxValue - 10)
            {
                return reminder;
            }
        }
    }
}
