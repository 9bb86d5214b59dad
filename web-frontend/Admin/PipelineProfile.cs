using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BankHire.Profiling;

namespace BankHire.Web.Admin;

/// <summary>
/// This process's running totals of <see cref="PipelineMeter"/>'s measurements, per stage, since it started: what the
/// load tool reads before and after a run to say where each millisecond per frame went. Co-hosted, that is the
/// whole pipeline; a pure web client sees its ingest stages only (silos export the same meter to their own listener).
/// </summary>
public sealed class PipelineProfile : IDisposable
{
    public sealed record StageTotals(string Stage, long Count, double WallMs, long CpuCount, double CpuMs);

    private sealed class Totals
    {
        public long Count, CpuCount;
        public double WallMs, CpuMs;
    }

    private readonly ConcurrentDictionary<string, Totals> _stages = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();

    public PipelineProfile()
    {
        _listener.InstrumentPublished = static (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineMeter.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
    }

    public IReadOnlyList<StageTotals> Snapshot() =>
        [.. _stages.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            lock (s.Value) return new StageTotals(s.Key, s.Value.Count, s.Value.WallMs, s.Value.CpuCount, s.Value.CpuMs);
        })];

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, double milliseconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? stage = null;
        foreach (var tag in tags)
            if (tag.Key == PipelineMeter.StageTag) stage = tag.Value as string;
        if (stage is null) return;
        var totals = _stages.GetOrAdd(stage, static _ => new Totals());
        lock (totals)
        {
            if (instrument.Name == PipelineMeter.CpuInstrument)
            {
                totals.CpuCount++;
                totals.CpuMs += milliseconds;
            }
            else
            {
                totals.Count++;
                totals.WallMs += milliseconds;
            }
        }
    }
}
