using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BankHire.Profiling;

/// <summary>
/// Where the answer pipeline's time goes, as .NET metrics (meter <c>BankHire.Pipeline</c>, exported by any
/// OpenTelemetry or dotnet-counters listener): wall milliseconds per stage, and for the CPU-bound stages the CPU
/// milliseconds of the thread that ran them. Recording costs two clock reads.
/// </summary>
public static class PipelineMeter
{
    public const string MeterName = "BankHire.Pipeline";
    public const string WallInstrument = "bankhire.pipeline.stage.wall";
    public const string CpuInstrument = "bankhire.pipeline.stage.cpu";
    public const string StageTag = "stage";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Wall = Meter.CreateHistogram<double>(WallInstrument, "ms", "Wall time of one pass through a pipeline stage");
    private static readonly Histogram<double> Cpu = Meter.CreateHistogram<double>(CpuInstrument, "ms", "CPU time of one pass through a CPU-bound pipeline stage");

    /// <summary>Times a stage that may await: wall time only.</summary>
    public static Timing Time(string stage) => new(stage, Stopwatch.GetTimestamp(), null);

    /// <summary>Times a synchronous, CPU-bound stage on this thread: wall and CPU time.</summary>
    public static Timing TimeCpu(string stage) => new(stage, Stopwatch.GetTimestamp(), ThreadCpuClock.Now());

    public readonly struct Timing(string stage, long started, TimeSpan? cpuStarted) : IDisposable
    {
        public void Dispose()
        {
            var tag = new KeyValuePair<string, object?>(StageTag, stage);
            Wall.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
            if (cpuStarted is { } from && ThreadCpuClock.Now() is { } to) Cpu.Record((to - from).TotalMilliseconds, tag);
        }
    }
}
