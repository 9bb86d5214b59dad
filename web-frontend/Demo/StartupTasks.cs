using BankHire.Web.Identity;

namespace BankHire.Web.Demo;

/// <summary>Runs once the cluster is reachable: the first admin, then (if enabled) the demo bank.</summary>
internal sealed class StartupTasks(AdminBootstrapper admin, DemoSeeder demo, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await admin.EnsureAdminAsync(cancellationToken);
        if (configuration.GetValue("BankHire:Demo:Seed", false)) await demo.SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
