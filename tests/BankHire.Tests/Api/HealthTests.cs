using System.Net;
using BankHire.Hosting.Storage;

namespace BankHire.Tests.Api;

/// <summary>Liveness says the process runs; readiness says it can serve, so it fails without its database.</summary>
public sealed class HealthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Ready_fails_while_the_database_is_unreachable_and_recovers_after()
    {
        var http = api.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        var database = Path.Combine(api.DataDirectory, StorageOptions.SqliteFileName);
        var away = database + ".away";
        File.Move(database, away);
        try
        {
            var ready = await http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("database", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            File.Move(away, database);
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }
}
