using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankHire.Hosting.Storage;

/// <summary>Healthy when the database answers and holds the Orleans schema (the OrleansQuery table).</summary>
public sealed class DatabaseHealthCheck(StorageOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Opening a missing SQLite file would create an empty one; report it instead.
        if (options.Provider == StorageProvider.Sqlite && !File.Exists(options.SqliteDatabasePath))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"SQLite database file {options.SqliteDatabasePath} does not exist.");
        }

        try
        {
            await using var connection = await AdoNetTarget.OpenAsync(options, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM OrleansQuery LIMIT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{options.Provider} database reachable.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{options.Provider} database unreachable: {e.Message}", e);
        }
    }
}
