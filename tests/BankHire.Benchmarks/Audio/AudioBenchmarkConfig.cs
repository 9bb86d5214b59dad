using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace BankHire.Benchmarks.Audio;

/// <summary>Adds the real-time factor and allocations to the audio benchmarks' tables.</summary>
internal sealed class AudioBenchmarkConfig : ManualConfig
{
    public AudioBenchmarkConfig()
    {
        AddColumn(new RealTimeFactorColumn());
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
