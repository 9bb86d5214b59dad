using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankHire.Tests.Storage;

/// <summary>Failures the health check must name (its healthy case is in <see cref="StorageContract"/>).</summary>
public sealed class DatabaseHealthCheckTests
{
    [Fact]
    public async Task An_unreachable_postgres_server_is_unhealthy_with_the_reason()
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none;Timeout=3",
        };

        var result = await CheckAsync(options);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("Postgres database unreachable", result.Description);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public async Task A_missing_sqlite_file_is_unhealthy_and_is_not_created()
    {
        var options = new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "bankhire-tests", Guid.NewGuid().ToString("N")) };

        var result = await CheckAsync(options);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains(options.SqliteDatabasePath, result.Description);
        Assert.False(File.Exists(options.SqliteDatabasePath));
    }

    [Fact]
    public async Task A_sqlite_database_without_the_schema_is_unhealthy()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(installSchema: false);
        Directory.CreateDirectory(database.Options.DataDirectory);
        await File.WriteAllBytesAsync(database.Options.SqliteDatabasePath, []);

        var result = await CheckAsync(database.Options);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("OrleansQuery", result.Description);
    }

    private static Task<HealthCheckResult> CheckAsync(StorageOptions options)
    {
        var check = new DatabaseHealthCheck(options);
        return check.CheckHealthAsync(HealthChecks.ContextFor(check));
    }
}
