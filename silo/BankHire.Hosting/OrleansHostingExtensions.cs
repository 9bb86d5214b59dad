using System.Net;
using BankHire.Answers;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Cluster;
using BankHire.Hosting.Integrations;
using BankHire.Hosting.Notifications;
using BankHire.Hosting.Security;
using BankHire.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace BankHire.Hosting;

public static class OrleansHostingExtensions
{
    public static BankHireOptions ReadBankHireOptions(this IConfiguration configuration) =>
        configuration.GetSection(BankHireOptions.Section).Get<BankHireOptions>() ?? new BankHireOptions();

    /// <summary>
    /// Hosts a silo or connects as a client, per configuration: SQLite means one embedded silo on localhost;
    /// PostgreSQL means ADO.NET clustering, persistence and reminders shared by every silo.
    /// </summary>
    public static BankHireOptions AddBankHireOrleans(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.ReadBankHireOptions();
        var storage = options.ResolvedStorage();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(storage);
        builder.Services.AddBankHireChunksAndScoring(storage);
        builder.Services.AddBankHireSecrets(storage);
        builder.Services.AddBankHireNotifications(builder.Configuration);
        builder.Services.AddBankHireIntegrations(builder.Configuration);
        if (options.Role == OrleansRole.Silo)
            builder.UseOrleans(silo => ConfigureSilo(silo, options, storage));
        else
            builder.UseOrleansClient(client => ConfigureClient(client, options, storage));
        builder.AddBankHireTelemetry(options);
        return options;
    }

    private static void ConfigureSilo(ISiloBuilder silo, BankHireOptions options, StorageOptions storage)
    {
        silo.Configure<ClusterOptions>(o => { o.ClusterId = options.ClusterId; o.ServiceId = options.ServiceId; });
        if (storage.Provider == StorageProvider.Sqlite)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        else
        {
            silo.AddBankHirePostgresClustering(storage);
            silo.ConfigureEndpoints(AdvertisedAddress(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        if (options.SiloName is { Length: > 0 } name) silo.Configure<SiloOptions>(o => o.SiloName = name);
        silo.AddBankHireGrainStorage(storage);
        silo.AddBankHireReminders(storage);
        silo.AddInterviewStreams();
        silo.AddBankHireFaultHandling();
        silo.AddActivityPropagation();
        silo.AddDashboard();
    }

    private static void ConfigureClient(IClientBuilder client, BankHireOptions options, StorageOptions storage)
    {
        client.Configure<ClusterOptions>(o => { o.ClusterId = options.ClusterId; o.ServiceId = options.ServiceId; });
        if (storage.Provider == StorageProvider.Sqlite)
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        else
            client.AddBankHirePostgresClustering(storage);
        client.AddInterviewStreams();
        // A web node may start before any silo (compose, Kubernetes): keep trying instead of exiting.
        client.UseConnectionRetryFilter(async (_, cancellation) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
            return true;
        });
        client.AddBankHireFaultHandling();
        client.AddActivityPropagation();
        client.AddDashboard();
    }

    private static IPAddress AdvertisedAddress(BankHireOptions options)
    {
        if (options.AdvertisedAddress is { Length: > 0 } configured)
        {
            // An IP (Kubernetes POD_IP) or a host name (a compose service) that resolves to one.
            return IPAddress.TryParse(configured, out var ip)
                ? ip
                : Dns.GetHostAddresses(configured).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        }
        var addresses = Dns.GetHostAddresses(Dns.GetHostName());
        return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
