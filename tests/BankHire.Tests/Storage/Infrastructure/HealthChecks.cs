using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankHire.Tests.Storage.Infrastructure;

internal static class HealthChecks
{
    public static HealthCheckContext ContextFor(IHealthCheck check) => new()
    {
        Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, tags: null),
    };
}
