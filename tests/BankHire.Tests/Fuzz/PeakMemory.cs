using System.Diagnostics;

namespace BankHire.Tests.Fuzz;

/// <summary>Samples the process's working set and managed heap every 20 ms while a run lasts: its high-water marks.</summary>
public sealed class PeakMemory : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peakWorkingSet;
    private long peakHeap;

    private PeakMemory()
    {
        StartWorkingSetMb = Environment.WorkingSet / (1024 * 1024);
        sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
                try { await Task.Delay(20, stop.Token); } catch (OperationCanceledException) { }
            }
        });
    }

    public long StartWorkingSetMb { get; }

    public long PeakWorkingSetMb => peakWorkingSet / (1024 * 1024);

    public long PeakHeapMb => peakHeap / (1024 * 1024);

    public static PeakMemory Start() => new();

    public void Dispose()
    {
        stop.Cancel();
        sampling.Wait();
        stop.Dispose();
    }
}
