using BankHire.Hosting.Storage;
using Orleans.TestingHost;

namespace BankHire.Tests.Storage.Infrastructure;

/// <summary>A one-silo in-process cluster whose grain state and reminders live in the given database.</summary>
internal static class StorageTestCluster
{
    public static async Task<InProcessTestCluster> StartAsync(StorageOptions storage, string serviceId)
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureSilo((_, silo) => silo
            .AddBankHireGrainStorage(storage)
            .AddBankHireReminders(storage)
            // The default minimum (one minute) would make reminder tests wait minutes.
            .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
