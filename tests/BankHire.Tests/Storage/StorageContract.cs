using System.Data.Common;
using BankHire.Hosting.Storage;
using BankHire.Tests.Storage.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace BankHire.Tests.Storage;

/// <summary>
/// What BankHire expects of its grain storage and reminder table, whichever database holds them. Each test
/// runs once per database through a concrete subclass (SqliteStorageContractTests, PostgresStorageContractTests).
/// Split by topic: StorageContract.GrainState.cs, StorageContract.Reminders.cs.
/// </summary>
public abstract partial class StorageContract(StorageClusterFixture fixture)
{
    private const string GrainType = "bankhire.tests.contract";

    protected StorageClusterFixture Fixture { get; } = fixture;

    private IServiceProvider SiloServices => Fixture.Cluster.GetSiloServiceProvider();

    private IGrainStorage GrainStorage =>
        SiloServices.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    private static GrainId NewGrainId() => GrainId.Create("contract", Guid.NewGuid().ToString("N"));

    private async Task<long> CountRowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await AdoNetTarget.OpenAsync(Fixture.Options, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    [StorageContractFact]
    public async Task The_database_health_check_reports_healthy()
    {
        var check = new DatabaseHealthCheck(Fixture.Options);

        var result = await check.CheckHealthAsync(HealthChecks.ContextFor(check));

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, result.Status);
    }
}
