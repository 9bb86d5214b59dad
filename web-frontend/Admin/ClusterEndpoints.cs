using BankHire.Hosting;
using BankHire.Web.Identity;

namespace BankHire.Web.Admin;

/// <summary>What an operator asks of a running cluster: which silos are up and what each one hosts.</summary>
public static class ClusterEndpoints
{
    public sealed record SiloView(string Address, string Name, string Status, int Activations, IReadOnlyDictionary<string, int> ActivationsByGrainType);

    public sealed record ClusterView(string ClusterId, string ServiceId, IReadOnlyList<SiloView> Silos);

    public static void MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/cluster", GetAsync)
            .WithTags("Administration")
            .RequireAuthorization(AuthPolicies.Admin)
            .WithSummary("Active silos of the cluster with their grain activations per grain type.");
    }

    private static async Task<ClusterView> GetAsync(IGrainFactory grains, BankHireOptions options)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: true);
        var statistics = await management.GetSimpleGrainStatistics();
        var silos = hosts
            .Select(host =>
            {
                var mine = statistics.Where(s => s.SiloAddress.Equals(host.SiloAddress)).ToList();
                var byType = mine
                    .GroupBy(s => ShortTypeName(s.GrainType))
                    .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
                return new SiloView(host.SiloAddress.ToString(), host.SiloName, host.Status.ToString(), mine.Sum(s => s.ActivationCount), byType);
            })
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new ClusterView(options.ClusterId, options.ServiceId, silos);
    }

    // Statistics name the grain class with its namespace and assembly; the class name is what people read.
    private static string ShortTypeName(string grainType)
    {
        var withoutAssembly = grainType.Split(',')[0];
        return withoutAssembly[(withoutAssembly.LastIndexOf('.') + 1)..];
    }
}
