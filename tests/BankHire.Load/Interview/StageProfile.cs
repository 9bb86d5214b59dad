using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace BankHire.Load;

/// <summary>
/// The app's pipeline profile (GET /api/admin/pipeline-profile) read before and after a run: per stage, how many
/// passes, their mean wall and CPU time, and CPU per uploaded frame; what the stages do not account for of the process's
/// CPU (HTTP, Orleans messaging, streams, GC) is shown as "outside the stages".
/// </summary>
public sealed class StageProfile
{
    private readonly Dictionary<string, (long Count, double WallMs, long CpuCount, double CpuMs)> _stages;
    private readonly double _processCpuSeconds;

    private StageProfile(Dictionary<string, (long, double, long, double)> stages, double processCpuSeconds)
    {
        _stages = stages;
        _processCpuSeconds = processCpuSeconds;
    }

    public static async Task<StageProfile?> ReadAsync(HttpClient admin)
    {
        var response = await admin.GetAsync("/api/admin/pipeline-profile");
        if (!response.IsSuccessStatusCode) return null; // an older app without the profile
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stages = json.GetProperty("stages").EnumerateArray().ToDictionary(
            s => s.GetProperty("stage").GetString()!,
            s => (s.GetProperty("count").GetInt64(), s.GetProperty("wallMs").GetDouble(), s.GetProperty("cpuCount").GetInt64(), s.GetProperty("cpuMs").GetDouble()));
        return new StageProfile(stages, json.GetProperty("process").GetProperty("cpuSeconds").GetDouble());
    }

    /// <summary>The run's rows, as a Markdown table, from this reading (before) to <paramref name="after"/>.</summary>
    public IEnumerable<string> Table(StageProfile after, int framesUploaded)
    {
        yield return "| Stage | Passes | Mean wall | Mean CPU | CPU per uploaded frame |";
        yield return "|---|---:|---:|---:|---:|";
        double attributed = 0;
        foreach (var (stage, end) in after._stages.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var start = _stages.GetValueOrDefault(stage);
            var count = end.Count - start.Count;
            if (count == 0) continue;
            var cpuCount = end.CpuCount - start.CpuCount;
            var cpuMs = end.CpuMs - start.CpuMs;
            // Only CPU-measured stages are attributed: ingest awaits, so its wall time is not its CPU and it stays in the rest.
            if (cpuCount > 0) attributed += cpuMs;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {stage} | {count} | {(end.WallMs - start.WallMs) / count:0.00} ms | {(cpuCount > 0 ? $"{cpuMs / cpuCount:0.00} ms" : "—")} | {(cpuCount > 0 ? $"{cpuMs / framesUploaded:0.00} ms" : "—")} |");
        }

        var processMs = (after._processCpuSeconds - _processCpuSeconds) * 1000;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"| outside the CPU-measured stages (HTTP, ingest, Orleans, streams, GC) | | | | {(processMs - attributed) / framesUploaded:0.00} ms |");
        yield return string.Create(CultureInfo.InvariantCulture, $"| whole process | | | | {processMs / framesUploaded:0.00} ms |");
    }
}
