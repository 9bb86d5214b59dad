using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BankHire.Benchmarks.Scoring;

/// <summary>A short in-process run on one thread (scoring is single-threaded): figures are per core.</summary>
public sealed class ScoringBenchmarkConfig : ManualConfig
{
    public ScoringBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new ScoredPerSecondColumn());
    }
}
