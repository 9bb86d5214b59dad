using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Support;
using Xunit.Abstractions;

namespace BankHire.Tests.Processes;

/// <summary>The embedded app (co-hosted silo on the local SQLite file) killed with SIGKILL keeps every acknowledged write.</summary>
public sealed class RestartDurabilityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Data_created_over_http_survives_sigkill_and_restart()
    {
        using var data = new TempDirectory();
        var ports = FreePorts.Take(3);
        var settings = new Dictionary<string, string>
        {
            ["BankHire__DataDirectory"] = data.Path,
            ["BankHire__SiloPort"] = ports[1].ToString(),
            ["BankHire__GatewayPort"] = ports[2].ToString(),
            ["BankHire__Demo__Seed"] = "true",
        };

        List<(Guid Id, string Name)> created = [];
        JsonElement jobBefore;
        await using (var first = WebApp.Start(ports[0], settings))
        {
            var startUp = await first.WaitUntilReadyAsync(StartTimeout);
            output.WriteLine($"Embedded app ready {startUp.TotalSeconds:0.0} s after process start (empty data folder, demo seeded).");
            try
            {
                var http = await WebApp.SignInAsync(first);
                for (var i = 0; i < 5; i++)
                {
                    var name = $"持久化 候选人 {i}";
                    var response = await http.PostAsJsonAsync("/api/candidates", new { fullName = name, email = $"durable{i}@example.cn", jobId = "teller-2027-campus" });
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    created.Add((body.GetProperty("id").GetGuid(), name));
                }
                var moved = await http.PostAsJsonAsync($"/api/candidates/{created[0].Id}/stage", new { stage = "Screened", reason = "resume fits" });
                Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
                jobBefore = await http.GetFromJsonAsync<JsonElement>("/api/jobs/teller-2027-campus");
            }
            catch (HttpRequestException failure)
            {
                throw first.Explain(failure);
            }

            await first.KillAsync();
        }

        await using var second = WebApp.Start(ports[0], settings);
        var restart = await second.WaitUntilReadyAsync(StartTimeout);
        output.WriteLine($"Restarted app ready {restart.TotalSeconds:0.0} s after process start (existing data).");
        var again = await WebApp.SignInAsync(second);

        foreach (var (id, name) in created)
        {
            var candidate = await again.GetFromJsonAsync<JsonElement>($"/api/candidates/{id}");
            Assert.Equal(name, candidate.GetProperty("application").GetProperty("contact").GetProperty("fullName").GetString());
        }
        var first0 = await again.GetFromJsonAsync<JsonElement>($"/api/candidates/{created[0].Id}");
        Assert.Equal("Screened", first0.GetProperty("stage").GetString());

        var listed = await again.GetFromJsonAsync<JsonElement>("/api/jobs/teller-2027-campus/candidates");
        var listedIds = listed.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Superset(created.Select(c => c.Id).ToHashSet(), listedIds);

        var jobAfter = await again.GetFromJsonAsync<JsonElement>("/api/jobs/teller-2027-campus");
        Assert.Equal(jobBefore.ToString(), jobAfter.ToString());
    }
}
