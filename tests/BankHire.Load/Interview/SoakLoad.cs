using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace BankHire.Load;

/// <summary>
/// A soak at a steady load (issue 19: an hour at 80 % of capacity): <c>concurrent</c> paced candidates always in flight
/// (as one interview's report arrives, the next candidate starts), and every sample period the app's own figures from
/// GET /api/admin/pipeline-profile — working set, managed heap, collections per generation, thread-pool queue — with
/// that period's completed interviews and their last-ack → report p95. Flat means the second half's memory is not
/// above the first half's by more than the noise of a sample.
/// </summary>
public static class SoakLoad
{
    public sealed record Options(string BaseUrl, string User, string Password, int Concurrent, int Minutes, int AnswerSeconds, int SampleSeconds);

    /// <summary>soak url user password concurrent [--minutes 60] [--seconds 20] [--sample-seconds 60]</summary>
    public static Options Parse(string[] args)
    {
        var positional = new List<string>();
        int minutes = 60, seconds = 20, sample = 60;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--minutes": minutes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sample-seconds": sample = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: positional.Add(args[i]); break;
            }
        }
        return new(positional.ElementAtOrDefault(0) ?? "http://localhost:5000", positional.ElementAtOrDefault(1) ?? "admin",
            positional.ElementAtOrDefault(2) ?? Environment.GetEnvironmentVariable("BANKHIRE_ADMIN_PASSWORD") ?? "",
            int.Parse(positional.ElementAtOrDefault(3) ?? "100", CultureInfo.InvariantCulture), minutes, seconds, sample);
    }

    public static async Task RunAsync(Options options)
    {
        var media = LoadMedia.Make(options.AnswerSeconds);
        var interview = new InterviewLoadOptions(options.BaseUrl, options.User, options.Password, [options.Concurrent],
            options.AnswerSeconds, Paced: true, RawFrames: 0, InterviewLoadOptions.DemoTellerJob);
        using var admin = await Admin.SignInAsync(options.BaseUrl, options.User, options.Password);
        using var candidates = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1024 })
            { BaseAddress = new Uri(options.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromMinutes(options.Minutes);
        var finished = new System.Collections.Concurrent.ConcurrentQueue<(TimeSpan At, double LastAckToReady)>();
        var failures = 0;
        var invited = 0;

        async Task SlotAsync()
        {
            while (clock.Elapsed < deadline)
            {
                try
                {
                    var (id, token) = await InterviewLoad.InviteAsync(admin, interview.JobId!, Interlocked.Increment(ref invited));
                    var run = await new SimulatedCandidate(candidates, id, token, media, interview, clock).RunAsync();
                    finished.Enqueue((clock.Elapsed, run.LastAckToReady.TotalSeconds));
                }
                catch (HttpRequestException e)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"{clock.Elapsed:hh\\:mm\\:ss} candidate failed: {e.Message}");
                }
            }
        }

        Console.WriteLine($"soak: {options.Concurrent} paced candidates in flight for {options.Minutes} min, {options.AnswerSeconds}-s answers, a sample every {options.SampleSeconds} s");
        Console.WriteLine("| Minute | Interviews done | Report p95 (this period) | Working set | Managed heap | GC committed | Outside the GC | Gen0 / Gen1 / Gen2 (this period) | Thread-pool queue | Threads | Load |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|");
        JsonElement? previous = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/pipeline-profile")).GetProperty("process");
        var slots = Enumerable.Range(0, options.Concurrent).Select(_ => Task.Run(SlotAsync)).ToList();
        var samples = new List<(double Minute, double WorkingSetMb, double HeapMb, double OutsideGcMb)>();
        var done = 0;
        while (slots.Any(s => !s.IsCompleted))
        {
            await Task.WhenAny(Task.WhenAll(slots), Task.Delay(TimeSpan.FromSeconds(options.SampleSeconds)));
            var process = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/pipeline-profile")).GetProperty("process");
            var latencies = new List<double>();
            while (finished.TryDequeue(out var f)) latencies.Add(f.LastAckToReady);
            done += latencies.Count;
            latencies.Sort();
            var p95 = latencies.Count == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{InterviewLoad.Percentile([.. latencies], 95):0.00} s");
            int Collections(string name) => process.GetProperty(name).GetInt32() - previous.Value.GetProperty(name).GetInt32();
            var workingSetMb = process.GetProperty("workingSetBytes").GetInt64() / 1048576.0;
            var heapMb = process.GetProperty("managedHeapBytes").GetInt64() / 1048576.0;
            var committedMb = process.GetProperty("gcCommittedBytes").GetInt64() / 1048576.0;
            samples.Add((clock.Elapsed.TotalMinutes, workingSetMb, heapMb, workingSetMb - committedMb));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {clock.Elapsed.TotalMinutes:0.0} | {done} | {p95} | {workingSetMb:0} MB | {heapMb:0} MB | {committedMb:0} MB | {workingSetMb - committedMb:0} MB | {Collections("gen0Collections")} / {Collections("gen1Collections")} / {Collections("gen2Collections")} | {process.GetProperty("threadPoolQueueLength").GetInt64()} | {process.GetProperty("threadPoolThreads").GetInt32()} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |"));
            previous = process;
        }

        var half = samples.Count / 2;
        if (half > 0)
        {
            var first = samples.Take(half).ToList();
            var second = samples.Skip(half).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"working set: first half mean {first.Average(s => s.WorkingSetMb):0} MB, second half {second.Average(s => s.WorkingSetMb):0} MB; managed heap {first.Average(s => s.HeapMb):0} → {second.Average(s => s.HeapMb):0} MB; outside the GC {first.Average(s => s.OutsideGcMb):0} → {second.Average(s => s.OutsideGcMb):0} MB; {done} interviews, {failures} failed"));
        }
    }
}
