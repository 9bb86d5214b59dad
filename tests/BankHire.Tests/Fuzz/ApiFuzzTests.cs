using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BankHire.Tests.Api;
using Xunit.Abstractions;

namespace BankHire.Tests.Fuzz;

/// <summary>An application of its own: the fuzzer changes settings, deletes keys and ends its candidate's interview.</summary>
public sealed class FuzzApiFactory : ApiFactory;

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzApiFactory>
{
    public const string Name = "fuzz";
}

/// <summary>
/// Every route of the OpenAPI document, by every kind of caller, with malformed JSON, wrong types, nulls, huge and
/// odd Unicode strings, wrong content types and charsets, bad path and query values, oversized and truncated bodies
/// and corrupt media: no request may be answered with a 5xx, time out or break the connection.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ApiFuzzTests(FuzzApiFactory api, ITestOutputHelper output)
{
    private const int MinimumRequests = 10_000;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ten_thousand_hostile_requests_from_every_principal_get_no_5xx()
    {
        var document = JsonDocument.Parse(await api.Admin.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = FuzzOperation.Read(document);
        var (principals, ids) = await FuzzPrincipals.CreateAsync(api);
        var plan = FuzzPlan.Build(operations, principals, ids, new SchemaSample(document.GetProperty("components")), seed: 20261203);

        var histogram = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var problemShaped = 0;
        var clientErrors = 0;
        using var memory = PeakMemory.Start();
        var clock = Stopwatch.StartNew();
        var undocumented = new SortedSet<string>();
        foreach (var (principal, request, operation) in plan)
        {
            var (status, problem, error) = await SendAsync(principal, request);
            histogram[status] = histogram.GetValueOrDefault(status) + 1;
            if (status is >= 400 and < 500) { clientErrors++; if (problem) problemShaped++; }
            if (status != 0 && operation.Path.StartsWith("/api/", StringComparison.Ordinal) && !operation.DocumentedStatuses.Contains(status))
                undocumented.Add($"{operation} answered {status}, not in the document ({request.Case})");
            if (status is >= 500 or 0) failures.Add($"{(status == 0 ? "no answer (" + error + ")" : status.ToString())} as {principal.Name}: {request}");
        }
        clock.Stop();

        output.WriteLine($"{plan.Count} requests over {operations.Count} operations × {principals.Count} principals in {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine("status histogram: " + string.Join(", ", histogram.Select(h => $"{(h.Key == 0 ? "none" : h.Key.ToString())}×{h.Value}")));
        output.WriteLine($"4xx answered as ProblemDetails: {problemShaped} of {clientErrors}");
        output.WriteLine($"peak working set {memory.PeakWorkingSetMb} MB (start {memory.StartWorkingSetMb} MB); peak managed heap {memory.PeakHeapMb} MB");
        foreach (var line in undocumented.Take(200)) output.WriteLine("UNDOCUMENTED " + line);
        foreach (var failure in failures.Distinct().OrderBy(f => f.StartsWith("no answer", StringComparison.Ordinal)).Take(200)) output.WriteLine("FAILED " + failure);
        Assert.True(failures.Count == 0, $"{failures.Count} requests failed:\n" + string.Join('\n', failures.Distinct().Take(40)));
        Assert.True(undocumented.Count == 0, "Answers the OpenAPI document does not list:\n" + string.Join('\n', undocumented.Take(60)));
        Assert.True(plan.Count >= MinimumRequests, $"only {plan.Count} requests planned");
    }

    private static async Task<(int Status, bool Problem, string? Error)> SendAsync(FuzzPrincipal principal, FuzzRequest request)
    {
        using var message = request.ToMessage();
        using var timeout = new CancellationTokenSource(PerRequest);
        try
        {
            // The dashboard's trace streams the silo's log until the client leaves: its status is the answer.
            var streams = request.Url.StartsWith("/dashboard/Trace", StringComparison.Ordinal);
            using var response = await principal.Client.SendAsync(
                message, streams ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, timeout.Token);
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            return ((int)response.StatusCode, problem, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return (0, false, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
