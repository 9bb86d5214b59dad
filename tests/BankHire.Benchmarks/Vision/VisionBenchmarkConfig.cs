using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BankHire.Benchmarks.Vision;

/// <summary>A short in-process run (about a minute for the whole class) on one thread: figures are per core.</summary>
public sealed class VisionBenchmarkConfig : ManualConfig
{
    public VisionBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new FramesPerSecondColumn());
    }
}
