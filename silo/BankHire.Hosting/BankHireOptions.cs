using BankHire.Hosting.Storage;

namespace BankHire.Hosting;

/// <summary>The "BankHire" configuration section: how this process joins (or hosts) the cluster.</summary>
public sealed class BankHireOptions
{
    public const string Section = "BankHire";

    /// <summary>Silo (hosts grains; the default) or Client (a pure cluster client, e.g. a scaled-out web tier).</summary>
    public OrleansRole Role { get; set; } = OrleansRole.Silo;

    public string ClusterId { get; set; } = "bankhire";

    public string ServiceId { get; set; } = "bankhire";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one on (POD_IP in Kubernetes). Default: loopback (embedded) or this host's address.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>The silo's name (POD_NAME in Kubernetes).</summary>
    public string? SiloName { get; set; }

    /// <summary>All local data (embedded database, keys) lives under this folder.</summary>
    public string DataDirectory { get; set; } = "data";

    public StorageOptions Storage { get; set; } = new();

    /// <summary>none, console or otlp (OTLP endpoint from the standard OTEL_EXPORTER_OTLP_* variables).</summary>
    public string TelemetryExporter { get; set; } = "none";

    public StorageOptions ResolvedStorage()
    {
        Storage.DataDirectory = DataDirectory;
        return Storage;
    }
}

public enum OrleansRole { Silo, Client }
