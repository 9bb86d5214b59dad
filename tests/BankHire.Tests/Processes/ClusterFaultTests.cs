using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BankHire.Tests.Storage.Infrastructure;
using BankHire.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace BankHire.Tests.Processes;

/// <summary>
/// The cluster as operators run it — two headless silos on PostgreSQL and the web as a pure cluster client, each a
/// process — under writes from four HR clients, while PostgreSQL goes away and comes back and then a silo is
/// SIGKILLed: never a 500, 503 + Retry-After while the database is away, every acknowledged write readable
/// afterwards, and writes resuming within ten seconds of the kill.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan DatabaseAway = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan ResumeAfterSiloLoss = TimeSpan.FromSeconds(10);
    private const int Writers = 4;
    private const string JobId = "fault-run-teller";

    [PostgresFact]
    public async Task A_client_web_answers_503_while_the_database_is_away_and_loses_no_acknowledged_write_when_a_silo_dies()
    {
        // The cut refuses and resets connections at once, so the connect timeout only matters for a slow database: 15 s
        // keeps a silo from failing its start while the rest of the suite loads the shared PostgreSQL.
        var direct = new NpgsqlConnectionStringBuilder(PostgresTestEnvironment.RequireConnectionString());
        await using var database = TcpCutProxy.Start(direct.Host!, direct.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = database.Port, Timeout = 15 }.ConnectionString;
        var cluster = "fault-test-" + Guid.NewGuid().ToString("N")[..12];

        using var dataA = new TempDirectory();
        using var dataB = new TempDirectory();
        using var dataWeb = new TempDirectory();
        var portsA = FreePorts.Take(3);
        var portsB = FreePorts.Take(3);
        var webPort = FreePorts.Take(1)[0];
        var siloDll = RepositoryRoot.AppDll("silo/BankHire.Silo", "BankHire.Silo");
        await using var siloA = AppProcess.Start(siloDll, RepositoryRoot.Combine("silo", "BankHire.Silo"), portsA[0], ClusterSettings.Silo(cluster, viaProxy, dataA.Path, portsA, seed: false));
        await using var siloB = AppProcess.Start(siloDll, RepositoryRoot.Combine("silo", "BankHire.Silo"), portsB[0], ClusterSettings.Silo(cluster, viaProxy, dataB.Path, portsB, seed: false));
        await Task.WhenAll(siloA.WaitUntilReadyAsync(StartTimeout), siloB.WaitUntilReadyAsync(StartTimeout));
        await using var web = WebApp.Start(webPort, ClusterSettings.Client(cluster, viaProxy, dataWeb.Path));
        await web.WaitUntilReadyAsync(StartTimeout);
        using var http = await WebApp.SignInAsync(web);
        await Eventually.TrueAsync(async () => await ActiveSilosAsync(http) == 2, TimeSpan.FromSeconds(60), "the client web to see both silos");
        (await http.PostAsJsonAsync("/api/jobs", new { id = JobId, templateCode = "teller" })).EnsureSuccessStatusCode();

        var log = new WriteLog();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilStoppedAsync(web, w, log, stop.Token)).ToList();
        await log.WaitForAcknowledgedAsync(20, TimeSpan.FromSeconds(60));

        // PostgreSQL away: connections reset, new ones refused.
        log.Phase = Phase.DatabaseAway;
        database.Cut();
        var cutAt = log.Clock.Elapsed;
        await Task.Delay(DatabaseAway);
        database.Restore();
        log.Phase = Phase.DatabaseBack;
        var restoredAt = log.Clock.Elapsed;
        var resumedAfterRestore = await log.FirstAcknowledgedStartedAfterAsync(restoredAt, TimeSpan.FromSeconds(60)) - restoredAt;

        // A silo dies mid-writes, without deregistering.
        await log.WaitForAcknowledgedAsync(log.Acknowledged.Count + 20, TimeSpan.FromSeconds(60));
        log.Phase = Phase.SiloLost;
        await siloA.KillAsync();
        var killedAt = log.Clock.Elapsed;
        await Eventually.TrueAsync(async () => await ActiveSilosAsync(http) == 1, TimeSpan.FromSeconds(60), "the survivor to declare the killed silo dead");
        var declaredDeadAfter = log.Clock.Elapsed - killedAt;
        await log.WaitForAcknowledgedAsync(log.Acknowledged.Count + 40, TimeSpan.FromSeconds(60));
        stop.Cancel();
        await Task.WhenAll(writers);

        var results = log.Results.ToList();
        var duringCut = results.Where(r => r.Phase == Phase.DatabaseAway && r.Started >= cutAt).ToList();
        var pauseAfterKill = log.LongestWithoutAcknowledgement(killedAt);
        output.WriteLine($"{results.Count} writes: {string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}");
        output.WriteLine($"Database away {DatabaseAway.TotalSeconds:0} s: {duringCut.Count(r => r.Status == 503)} × 503 (all with Retry-After: {duringCut.Where(r => r.Status == 503).All(r => r.RetryAfter)}), "
            + $"{duringCut.Count(r => r.Status == 201)} × 201; first write acknowledged {resumedAfterRestore.TotalSeconds:0.0} s after it came back");
        output.WriteLine($"Silo killed: declared dead after {declaredDeadAfter.TotalSeconds:0.0} s; longest time without an acknowledged write from the kill on "
            + $"{pauseAfterKill.TotalSeconds:0.0} s; slowest write after the kill {results.Where(r => r.Started >= killedAt).Max(r => r.Took).TotalSeconds:0.0} s; "
            + $"{results.Count(r => r.Phase == Phase.SiloLost && r.Status == 503)} × 503");

        Assert.DoesNotContain(results, r => r.Status == 500);
        var dropped = results.Where(r => r.Status == -1).ToList();
        output.WriteLine($"connections dropped without an answer: {dropped.Count} ({string.Join(", ", dropped.Select(r => r.Phase))})");
        Assert.True(dropped.All(r => r.Phase == Phase.SiloLost) && dropped.Count <= 2, $"{dropped.Count} writes had no answer: {string.Join("; ", dropped.Select(r => $"{r.Phase} {r.Detail}"))}");
        Assert.All(results.Where(r => r.Status != -1), r => Assert.True(r.Status is 201 or 503, $"A write answered {r.Status} ({r.Detail}) in phase {r.Phase}."));
        Assert.Contains(duringCut, r => r.Status == 503);
        Assert.All(results.Where(r => r.Status == 503), r => Assert.True(r.RetryAfter, "A 503 without Retry-After."));
        Assert.True(pauseAfterKill <= ResumeAfterSiloLoss, $"Writes paused {pauseAfterKill.TotalSeconds:0.0} s after the silo was killed.");

        var acknowledged = log.Acknowledged.ToList();
        var lost = new List<Guid>();
        foreach (var (id, name) in acknowledged)
        {
            var read = await Eventually.ReturnsAsync(() => http.GetAsync($"/api/candidates/{id}"), r => r.StatusCode != HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30), $"candidate {id} to read back");
            if (read.StatusCode != HttpStatusCode.OK) { lost.Add(id); continue; }
            var candidate = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(name, candidate.GetProperty("application").GetProperty("contact").GetProperty("fullName").GetString());
        }
        output.WriteLine($"{acknowledged.Count} acknowledged writes, {lost.Count} lost");
        Assert.Empty(lost);
    }

    private static async Task WriteUntilStoppedAsync(AppProcess web, int writer, WriteLog log, CancellationToken stop)
    {
        using var http = await WebApp.SignInAsync(web);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var name = $"写入者{writer} 候选人{i}";
            var phase = log.Phase;
            var started = log.Clock.Elapsed;
            var status = 0;
            try
            {
                using var response = await http.PostAsJsonAsync("/api/candidates", new { fullName = name, jobId = JobId }, CancellationToken.None);
                status = (int)response.StatusCode;
                Guid? id = status == 201 ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : null;
                log.Record(new WriteResult(phase, started, log.Clock.Elapsed - started, status, response.Headers.RetryAfter is not null, id, name,
                    status == 201 ? "" : await response.Content.ReadAsStringAsync()));
            }
            catch (TaskCanceledException e)
            {
                log.Record(new WriteResult(phase, started, log.Clock.Elapsed - started, 0, false, null, name, "no answer: " + e.Message));
            }
            catch (HttpRequestException e)
            {
                // The connection closed without an answer (seen under a loaded full suite as the silo died): not
                // acknowledged, so nothing can be lost, but counted and bounded below rather than hidden.
                log.Record(new WriteResult(phase, started, log.Clock.Elapsed - started, -1, false, null, name, "connection dropped: " + e.Message));
            }
            // HR's console backs off on 503 as Retry-After asks, sooner here to measure the recovery.
            await Task.Delay(status == 503 ? 250 : 50, CancellationToken.None);
        }
    }

    private static async Task<int> ActiveSilosAsync(HttpClient http)
    {
        var view = await http.GetFromJsonAsync<JsonElement>("/api/admin/cluster");
        return view.GetProperty("silos").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "Active");
    }

    private enum Phase { Healthy, DatabaseAway, DatabaseBack, SiloLost }

    private sealed record WriteResult(Phase Phase, TimeSpan Started, TimeSpan Took, int Status, bool RetryAfter, Guid? Id, string Name, string Detail)
    {
        public TimeSpan Ended => Started + Took;
    }

    private sealed class WriteLog
    {
        private readonly ConcurrentQueue<WriteResult> _results = new();

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public volatile Phase Phase = Phase.Healthy;

        public IReadOnlyCollection<WriteResult> Results => _results;

        public IReadOnlyList<(Guid Id, string Name)> Acknowledged => _results.Where(r => r.Id is not null).Select(r => (r.Id!.Value, r.Name)).ToList();

        public void Record(WriteResult result) => _results.Enqueue(result);

        public Task WaitForAcknowledgedAsync(int count, TimeSpan timeout) =>
            Eventually.TrueAsync(() => Acknowledged.Count >= count, timeout, $"{count} acknowledged writes");

        public async Task<TimeSpan> FirstAcknowledgedStartedAfterAsync(TimeSpan since, TimeSpan timeout)
        {
            await Eventually.TrueAsync(() => _results.Any(r => r.Status == 201 && r.Started >= since), timeout, "a write acknowledged after the database came back");
            return _results.Where(r => r.Status == 201 && r.Started >= since).Min(r => r.Ended);
        }

        /// <summary>The longest stretch from <paramref name="since"/> on in which no write was acknowledged.</summary>
        public TimeSpan LongestWithoutAcknowledgement(TimeSpan since)
        {
            var acknowledgements = _results.Where(r => r.Status == 201 && r.Ended >= since).Select(r => r.Ended).Order().Prepend(since).ToList();
            return acknowledgements.Zip(acknowledgements.Skip(1), (a, b) => b - a).DefaultIfEmpty(Clock.Elapsed - since).Max();
        }
    }
}
