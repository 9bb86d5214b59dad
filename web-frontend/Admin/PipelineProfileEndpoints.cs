using System.Diagnostics;
using BankHire.Web.Identity;

namespace BankHire.Web.Admin;

/// <summary>
/// For operators and the load tool: the pipeline's per-stage totals in this process, with the process's own CPU, memory,
/// garbage collections and thread-pool queue, so a run's cost per frame can be split by stage and a soak watched.
/// </summary>
public static class PipelineProfileEndpoints
{
    public sealed record ProcessFigures(
        double CpuSeconds, long WorkingSetBytes, long ManagedHeapBytes, int Gen0Collections, int Gen1Collections, int Gen2Collections,
        long ThreadPoolQueueLength, int ThreadPoolThreads, double UptimeSeconds, long GcCommittedBytes);

    public sealed record ProfileView(IReadOnlyList<PipelineProfile.StageTotals> Stages, ProcessFigures Process);

    public static void MapPipelineProfile(this IEndpointRouteBuilder app)
    {
        // Listening starts with the app, not with the first request: the totals cover everything since start.
        app.ServiceProvider.GetRequiredService<PipelineProfile>();
        app.MapGet("/api/admin/pipeline-profile", Get)
            .WithTags("Administration")
            .RequireAuthorization(AuthPolicies.Admin)
            .WithSummary("Per-stage totals of the answer pipeline in this process (count, wall ms, CPU ms) and the process's CPU, memory, GC and thread-pool figures.");
    }

    private static ProfileView Get(PipelineProfile profile)
    {
        using var process = Process.GetCurrentProcess();
        return new ProfileView(profile.Snapshot(), new ProcessFigures(
            process.TotalProcessorTime.TotalSeconds, process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            ThreadPool.PendingWorkItemCount, ThreadPool.ThreadCount, (DateTime.Now - process.StartTime).TotalSeconds,
            // What the GC holds from the OS (its heap plus free space it keeps): the working set beyond it is native memory.
            GC.GetGCMemoryInfo().TotalCommittedBytes));
    }
}
