using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;

namespace BankHire.Hosting.Cluster;

/// <summary>
/// How a cluster degrades: storage faults cross the wire as one type (503 + Retry-After at the web), and a silo that
/// dies without saying goodbye (kill -9, a lost node) is declared dead, and its grains reachable elsewhere, within
/// about ten seconds. A silo that stops normally (SIGTERM, a deleted Kubernetes pod) leaves the membership at once.
/// </summary>
public static class ClusterFaultHosting
{
    /// <summary>Between liveness probes and their timeout; three missed in a row make a silo suspect (≈ 6 s).
    /// Orleans' 5 s default took ≈ 15 s plus the vote; shorter would mistake a long GC pause on a busy node for a death.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public const int MissedProbesBeforeSuspicion = 3;

    /// <summary>How often a client re-reads the gateway list from the membership table (Orleans' default is a minute);
    /// a client also drops a gateway as soon as its connection breaks.</summary>
    public static readonly TimeSpan GatewayListRefresh = TimeSpan.FromSeconds(5);

    /// <summary>How often a silo re-reads the membership table besides the gossip it receives (default a minute).</summary>
    public static readonly TimeSpan MembershipTableRefresh = TimeSpan.FromSeconds(10);

    public static ISiloBuilder AddBankHireFaultHandling(this ISiloBuilder silo)
    {
        silo.AddIncomingGrainCallFilter<StorageFaultFilter>();
        silo.Services.AddStorageFaultsOnTheWire();
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = ProbeTimeout;
            o.NumMissedProbesLimit = MissedProbesBeforeSuspicion;
            o.TableRefreshTimeout = MembershipTableRefresh;
        });
        return silo;
    }

    public static IClientBuilder AddBankHireFaultHandling(this IClientBuilder client)
    {
        client.Services.AddStorageFaultsOnTheWire();
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = GatewayListRefresh);
        client.Services.AddSingleton<GatewayLossBreaker>();
        client.Services.AddSingleton<IOutgoingGrainCallFilter>(services => services.GetRequiredService<GatewayLossBreaker>());
        client.AddGatewayCountChangedHandler(services => services.GetRequiredService<GatewayLossBreaker>().OnGatewayCountChanged);
        return client;
    }

    // A fault the filter cannot see — a grain whose state fails to load while it activates is refused by the runtime
    // before any call reaches it — carries the driver's own exception. Without this, Orleans cannot serialise an
    // Npgsql exception at all (only System, Microsoft and Azure namespaces are allowed) and the client gets an
    // unexplained failure; with it, the client gets a DbException, which the web maps to 503 too.
    public static IServiceCollection AddStorageFaultsOnTheWire(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
}
