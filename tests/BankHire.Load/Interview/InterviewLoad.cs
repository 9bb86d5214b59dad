using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace BankHire.Load;

/// <summary>
/// Issue 6's interview figures against a running app: for each count, that many simulated candidates at once
/// (each invited to the teller job), last chunk acknowledgement → reportReady (p50/p95), and frames/s through the
/// whole pipeline against the raw analyser on the same JPEG in this process.
/// </summary>
public static class InterviewLoad
{
    public static async Task RunAsync(InterviewLoadOptions options)
    {
        var media = LoadMedia.Make(options.AnswerSeconds);
        Console.WriteLine($"media: face JPEG {media.FaceJpeg.Length} B, {media.AudioSeconds.Count} s of espeak-ng speech; answers {options.AnswerSeconds} s " +
                          $"({options.AnswerSeconds * 2} frames{(options.Audio ? $" + {options.AnswerSeconds} audio chunks" : ", no audio")}), {(options.Paced ? "paced at 2 fps" : "unpaced (as fast as acknowledged)")}; {(options.Spoken ? "spoken answers (content from the app's speech-to-text)" : "typed answers (speech-to-text not needed for content)")}");
        Console.WriteLine($"load before: {Uptime()}");
        // The raw analyser before and after the pipeline runs: the machine is shared, so both are shown.
        var rawBefore = RawAnalyser.Measure(media.FaceJpeg, options.RawFrames);

        using var admin = await Admin.SignInAsync(options.BaseUrl, options.User, options.Password);
        var jobId = options.JobId ?? await FreshJobAsync(admin);
        using var candidates = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 })
            { BaseAddress = new Uri(options.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };

        var app = AppProcessCpu.Find(options.AppPid);
        Console.WriteLine(app is null ? "app process not found on this machine: no CPU per frame (pass --app-pid)" : $"app process {app.Pid}: CPU per frame measured");
        var rows = new List<string>();
        var profiles = new List<string>();
        foreach (var count in options.Counts)
        {
            var invited = new List<(Guid Interview, string Token)>();
            for (var i = 0; i < count; i++) invited.Add(await InviteAsync(admin, jobId, i));
            var cpuBefore = app?.Seconds();
            var profileBefore = await StageProfile.ReadAsync(admin);
            var spreadBefore = options.Spread ? await ScoringSpread.ReadAsync(admin) : null;
            var clock = Stopwatch.StartNew();
            var runs = await Task.WhenAll(invited.Select(c => new SimulatedCandidate(candidates, c.Interview, c.Token, media, options, clock).RunAsync()));
            var latencies = runs.Select(r => r.LastAckToReady.TotalSeconds).Order().ToArray();
            var frames = runs.Sum(r => r.Frames);
            var wall = runs.Max(r => r.ReportReady) - runs.Min(r => r.FirstUpload);
            var load = Uptime();
            // Everything the app did for these interviews (uploads, store, streams, analysis, scoring), per uploaded frame.
            var cpuPerFrame = app is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{(app.Seconds() - cpuBefore!.Value) * 1000 / frames:0.00} ms");
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {count} | {Percentile(latencies, 50):0.00} s | {Percentile(latencies, 95):0.00} s | {latencies.Max():0.00} s | {frames} | {wall.TotalSeconds:0.0} s | {frames / wall.TotalSeconds:0.0} | {cpuPerFrame} | {load} |"));
            Console.WriteLine($"{count} candidate(s) done: {runs.Sum(r => r.AudioChunks)} audio chunks, {frames} frames");
            var acks = runs.SelectMany(r => r.AckSeconds).Order().ToArray();
            if (acks.Length > 0)
                profiles.AddRange([string.Empty, string.Create(CultureInfo.InvariantCulture,
                    $"{count} candidate(s): chunk acknowledged after p50 {Percentile(acks, 50) * 1000:0} ms, p95 {Percentile(acks, 95) * 1000:0} ms, max {acks[^1] * 1000:0} ms ({acks.Length} uploads); {runs.Sum(r => r.Retried503)} requests answered 503 and retried")]);
            if (spreadBefore is not null)
                profiles.AddRange([string.Empty, .. (await ScoringSpread.ReadAsync(admin)).Since(spreadBefore)]);
            if (profileBefore is not null && await StageProfile.ReadAsync(admin) is { } profileAfter)
                profiles.AddRange([string.Empty, $"Where the time went, {count} candidate(s):", .. profileBefore.Table(profileAfter, frames)]);
        }

        var rawAfter = RawAnalyser.Measure(media.FaceJpeg, options.RawFrames);
        Console.WriteLine();
        Console.WriteLine("| Candidates | Last ack → report p50 | p95 | max | Frames uploaded | First upload → last report | Pipeline frames/s | App CPU per frame | Load (1/5/15 min) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        rows.ForEach(Console.WriteLine);
        profiles.ForEach(Console.WriteLine);
        Console.WriteLine();
        foreach (var (when, raw) in new[] { ("before", rawBefore), ("after", rawAfter) })
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"raw analyser {when} ({raw.AnalyserVersion}), {raw.Frames} frames of the same JPEG in this process: {raw.OneThreadFps:0.0} frames/s on one thread ({raw.CpuMsPerFrame:0.00} ms CPU per frame), {raw.AllThreadsFps:0.0} on {raw.Threads} threads"));
        if (options.Audio)
        {
            var audio = RawAudioAnalyser.Measure(media.AudioSeconds, answers: 10);
            var visionMs = 1000 / ((rawBefore.OneThreadFps + rawAfter.OneThreadFps) / 2);
            // Each uploaded frame stands for 0.5 s of answer: its analysis plus half a second of voice analysis.
            var combinedFps = 1000 / (visionMs + audio.MsPerAudioSecond / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"raw voice analyser, {audio.SecondsAnalysed:0} s of the same PCM on one thread: {audio.MsPerAudioSecond:0.00} ms per second of audio; raw frame + its half second of audio: {combinedFps:0.0} frames/s on one thread"));
        }
        Console.WriteLine($"load after: {Uptime()}");
        Console.WriteLine("pipeline frames/s = frames uploaded ÷ (last reportReady seen − first frame PUT): upload + chunk store + streams + live and finish analysis + scoring; ratio = pipeline ÷ raw one-thread.");
    }

    private static async Task<string> FreshJobAsync(HttpClient admin)
    {
        var id = "load-iv-" + Guid.NewGuid().ToString("N")[..8];
        (await admin.PostAsJsonAsync("/api/jobs", new { id, templateCode = "teller" })).EnsureSuccessStatusCode();
        return id;
    }

    internal static async Task<(Guid, string)> InviteAsync(HttpClient admin, string jobId, int index)
    {
        var created = await admin.PostAsJsonAsync("/api/candidates", new { fullName = $"Load Candidate {index}", jobId });
        await EnsureAsync(created);
        var candidateId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var invited = await admin.PostAsJsonAsync($"/api/candidates/{candidateId}/interviews", new { expiresInDays = 3 });
        await EnsureAsync(invited);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        return (invitation.GetProperty("interviewId").GetGuid(), invitation.GetProperty("token").GetString()!);
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, int p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Uptime()
    {
        var parts = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{parts[0]} / {parts[1]} / {parts[2]}";
    }
}
