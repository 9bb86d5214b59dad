using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Support;
using BankHire.Web.Demo;
using Xunit.Abstractions;

namespace BankHire.Tests.Processes;

/// <summary>
/// Two web-frontend processes co-hosting a silo and one headless silo (silo/) form one cluster through
/// PostgreSQL (ADO.NET clustering, grain state, reminders): grains live on every silo, each web reads what
/// the other wrote, a killed silo's grains come back on the survivors from the shared store, and a web
/// running as a pure cluster client serves the same data.
/// </summary>
public sealed class MultiSiloClusterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task Silo_processes_share_one_cluster_and_survive_losing_one()
    {
        var connectionString = PostgresTestEnvironment.RequireConnectionString();
        var cluster = "cluster-test-" + Guid.NewGuid().ToString("N")[..12];
        using var dataA = new TempDirectory();
        using var dataB = new TempDirectory();
        var portsA = FreePorts.Take(3);
        var portsB = FreePorts.Take(3);

        await using var siloA = WebApp.Start(portsA[0], ClusterSettings.Silo(cluster, connectionString, dataA.Path, portsA, seed: true));
        output.WriteLine($"Silo A ready in {(await siloA.WaitUntilReadyAsync(StartTimeout)).TotalSeconds:0.0} s");
        await using var siloB = WebApp.Start(portsB[0], ClusterSettings.Silo(cluster, connectionString, dataB.Path, portsB, seed: false));
        output.WriteLine($"Silo B ready in {(await siloB.WaitUntilReadyAsync(StartTimeout)).TotalSeconds:0.0} s");

        using var dataC = new TempDirectory();
        var portsC = FreePorts.Take(3);
        await using var headless = AppProcess.Start(RepositoryRoot.AppDll("silo/BankHire.Silo", "BankHire.Silo"), RepositoryRoot.Combine("silo", "BankHire.Silo"),
            portsC[0], ClusterSettings.Silo(cluster, connectionString, dataC.Path, portsC, seed: false));
        output.WriteLine($"Headless silo C ready in {(await headless.WaitUntilReadyAsync(StartTimeout)).TotalSeconds:0.0} s");

        var viaA = await WebApp.SignInAsync(siloA);
        var viaB = await WebApp.SignInAsync(siloB);
        await Eventually.TrueAsync(async () => (await ActiveSilosAsync(viaA)).Count == 3 && (await ActiveSilosAsync(viaB)).Count == 3,
            TimeSpan.FromSeconds(60), "A and B to see a three-silo cluster (A, B and the headless C)");

        // One key ring in the cluster's store: a cookie issued by web A is accepted by web B.
        var cookieFromA = await SignInCookieAsync(siloA);
        using var withCookieOfA = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = siloB.BaseAddress };
        withCookieOfA.DefaultRequestHeaders.Add("Cookie", cookieFromA);
        Assert.Equal(HttpStatusCode.OK, (await withCookieOfA.GetAsync("/api/auth/me")).StatusCode);

        var writtenViaA = await CreateCandidatesAsync(viaA, "甲", 10);
        var writtenViaB = await CreateCandidatesAsync(viaB, "乙", 10);
        await AssertReadableAsync(viaB, writtenViaA);
        await AssertReadableAsync(viaA, writtenViaB);

        var silos = await ActiveSilosAsync(viaA);
        foreach (var silo in silos)
        {
            var candidates = silo.GetProperty("activationsByGrainType").TryGetProperty("CandidateGrain", out var count) ? count.GetInt32() : 0;
            output.WriteLine($"{silo.GetProperty("address").GetString()}: {candidates} candidate grains, {silo.GetProperty("activations").GetInt32()} activations");
            Assert.True(candidates > 0, $"Silo {silo.GetProperty("address").GetString()} hosts no candidate grain.");
        }

        // The demo candidates were created by silo A's seeder before B joined, so they lived on A.
        var seededOnA = DemoBank.Candidates.Select(c => (DemoBank.CandidateId(c), c.Name)).ToList();
        await siloA.KillAsync();
        var killedAt = DateTime.UtcNow;
        var all = writtenViaA.Concat(writtenViaB).Concat(seededOnA).ToList();
        await Eventually.TrueAsync(() => AllReadableAsync(viaB, all), TimeSpan.FromSeconds(120), "the surviving silo to serve every candidate");
        output.WriteLine($"All {all.Count} candidates served by the survivor {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill");

        var afterKill = await Eventually.ReturnsAsync(() => TryCreateAsync(viaB, "丙 候选人"), id => id is not null, TimeSpan.FromSeconds(60), "a write through the survivor");
        await AssertReadableAsync(viaB, [(afterKill!.Value, "丙 候选人")]);
        await Eventually.TrueAsync(async () => (await ActiveSilosAsync(viaB)).Count == 2, TimeSpan.FromSeconds(120), "the killed silo to leave the membership");

        // The web app as a pure cluster client (no silo of its own) serves the same data through the gateways.
        using var dataD = new TempDirectory();
        var portD = FreePorts.Take(1)[0];
        await using var client = WebApp.Start(portD, ClusterSettings.Client(cluster, connectionString, dataD.Path));
        output.WriteLine($"Client-only web ready in {(await client.WaitUntilReadyAsync(StartTimeout)).TotalSeconds:0.0} s");
        var viaClient = await WebApp.SignInAsync(client);
        Assert.True(await AllReadableAsync(viaClient, all));
        Assert.Equal(2, (await ActiveSilosAsync(viaClient)).Count);
    }

    /// <summary>True when every candidate reads back; 503 while the cluster recovers is fine, a 500 never is.</summary>
    private static async Task<bool> AllReadableAsync(HttpClient http, IEnumerable<(Guid Id, string Name)> candidates)
    {
        foreach (var (id, name) in candidates)
        {
            using var response = await http.GetAsync($"/api/candidates/{id}");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK) return false;
            var candidate = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(name, candidate.GetProperty("application").GetProperty("contact").GetProperty("fullName").GetString());
        }
        return true;
    }

    private static async Task<Guid?> TryCreateAsync(HttpClient http, string name)
    {
        using var response = await http.PostAsJsonAsync("/api/candidates", new { fullName = name, jobId = "client-manager-2027-campus" });
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        if (response.StatusCode != HttpStatusCode.Created) return null;
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string> SignInCookieAsync(AppProcess app)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.BaseAddress };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = WebApp.AdminPassword });
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static async Task<List<JsonElement>> ActiveSilosAsync(HttpClient http)
    {
        var view = await http.GetFromJsonAsync<JsonElement>("/api/admin/cluster");
        return view.GetProperty("silos").EnumerateArray().Where(s => s.GetProperty("status").GetString() == "Active").ToList();
    }

    private static async Task<List<(Guid Id, string Name)>> CreateCandidatesAsync(HttpClient http, string prefix, int count)
    {
        var created = new List<(Guid, string)>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{prefix} 候选人 {i}";
            var response = await http.PostAsJsonAsync("/api/candidates", new { fullName = name, jobId = "client-manager-2027-campus" });
            response.EnsureSuccessStatusCode();
            created.Add(((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), name));
        }
        return created;
    }

    private static async Task AssertReadableAsync(HttpClient http, IEnumerable<(Guid Id, string Name)> candidates)
    {
        foreach (var (id, name) in candidates)
        {
            var candidate = await http.GetFromJsonAsync<JsonElement>($"/api/candidates/{id}");
            Assert.Equal(name, candidate.GetProperty("application").GetProperty("contact").GetProperty("fullName").GetString());
        }
    }
}
