using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Hosting.Storage;

public static class DatabaseHealthCheckExtensions
{
    /// <summary>Adds <see cref="DatabaseHealthCheck"/> (tagged "ready": a silo without its database cannot serve).</summary>
    public static IHealthChecksBuilder AddBankHireDatabaseCheck(this IHealthChecksBuilder builder, StorageOptions options, string name = "database") =>
        builder.AddCheck(name, new DatabaseHealthCheck(options), tags: ["ready"]);
}
