namespace BankHire.Tests.Processes;

/// <summary>The environment an operator gives each process of a PostgreSQL cluster (README, "Run it as a cluster").</summary>
public static class ClusterSettings
{
    /// <summary>A silo (web co-hosting one, or headless) of <paramref name="cluster"/>; ports = [http, silo, gateway].</summary>
    public static Dictionary<string, string> Silo(string cluster, string connectionString, string data, int[] ports, bool seed) => new()
    {
        ["BankHire__Role"] = "Silo",
        ["BankHire__ClusterId"] = cluster,
        ["BankHire__ServiceId"] = cluster,
        ["BankHire__DataDirectory"] = data,
        ["BankHire__SiloPort"] = ports[1].ToString(),
        ["BankHire__GatewayPort"] = ports[2].ToString(),
        ["BankHire__AdvertisedAddress"] = "127.0.0.1",
        ["BankHire__Storage__Provider"] = "Postgres",
        ["BankHire__Storage__ConnectionString"] = connectionString,
        ["BankHire__Storage__ApplySchemaOnStart"] = "true",
        ["BankHire__Security__InvitationKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        ["BankHire__Demo__Seed"] = seed ? "true" : "false",
    };

    /// <summary>A web node as a pure cluster client (no silo of its own).</summary>
    public static Dictionary<string, string> Client(string cluster, string connectionString, string data)
    {
        var settings = Silo(cluster, connectionString, data, [0, 0, 0], seed: false);
        settings["BankHire__Role"] = "Client";
        settings.Remove("BankHire__SiloPort");
        settings.Remove("BankHire__GatewayPort");
        return settings;
    }
}
