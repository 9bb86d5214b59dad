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
        ["BankHire__Storage__MasterKeyFile"] = SharedMasterKeyFile(),
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

    /// <summary>
    /// The one master key file every node mounts (created on first use). One per machine, not per cluster: the test
    /// database outlives a run, and the demo's fixed candidates sealed in one run must open in the next.
    /// </summary>
    private static string SharedMasterKeyFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "bankhire-test-cluster-master-keys.json");
        BankHire.Hosting.Encryption.MasterKeyRing.Load(path, createIfMissing: true);
        return path;
    }
}
