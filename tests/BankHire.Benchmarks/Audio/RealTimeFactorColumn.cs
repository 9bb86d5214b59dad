using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BankHire.Benchmarks.Audio;

/// <summary>"× real time": seconds of audio per second of processing (the goal is ≥ 150 per core).</summary>
internal sealed class RealTimeFactorColumn : IColumn
{
    public string Id => nameof(RealTimeFactorColumn);
    public string ColumnName => "x real time";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Seconds of audio processed per second (audio duration / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var audio = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<AnswerAudioAttribute>();
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (audio is null || mean is not > 0) return "-";
        return (audio.Seconds / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
