using BankHire.Tests.Support;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Storage.Probes;

namespace BankHire.Tests.Storage;

/// <summary>Reminders are durable: one registered before a restart keeps firing on the new silo, which knows
/// of it only through the database.</summary>
public abstract class ReminderRestartContract(StorageProvider provider)
{
    private static readonly TimeSpan TickTimeout = TimeSpan.FromSeconds(20);

    [StorageContractFact]
    public async Task A_reminder_still_fires_after_the_silo_restarts()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var serviceId = TestDatabase.NewServiceId();
        var key = Guid.NewGuid().ToString("N");

        await using (var before = await StorageTestCluster.StartAsync(database.Options, serviceId))
        {
            await before.Client.GetGrain<IReminderProbeGrain>(key).StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            await Eventually.TrueAsync(() => ReminderTicks.Count(key) > 0, TickTimeout, "the reminder ticks before the restart");
        }
        ReminderTicks.Reset(key);

        await using var after = await StorageTestCluster.StartAsync(database.Options, serviceId);

        await Eventually.TrueAsync(() => ReminderTicks.Count(key) > 0, TickTimeout, "the reminder ticks after the restart");
    }
}
