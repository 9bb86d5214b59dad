using BankHire.Benchmarks.Audio;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BankHire.Benchmarks.Interview;

/// <summary>A short in-process run on one thread, with the answer's real-time factor and allocations.</summary>
internal sealed class InterviewBenchmarkConfig : ManualConfig
{
    public InterviewBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(6).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new RealTimeFactorColumn());
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
