using System.Collections.Immutable;
using Orleans.Concurrency;

namespace BankHire.Audit;

/// <summary>
/// Chains each event onto the stored tail and stores it before answering. One activation orders the chain; the store's
/// conditional insert keeps it whole even if a second activation ever wrote (the loser reloads the tail and retries).
/// Events that arrive while a write is under way are chained and stored together in one transaction (reentrant for
/// that: at campus peak every audited candidate step funnels into this one grain, and one commit per event queued them
/// past the call timeout). Every caller still hears back only once its own entry is stored.
/// </summary>
[GrainType("audit-trail"), Reentrant]
public sealed class AuditTrailGrain(IAuditLogStore store, TimeProvider clock) : Grain, IAuditTrailGrain
{
    private const int VerifyBatch = 2000;

    /// <summary>At most this many events in one transaction; more wait for the next.</summary>
    public const int MaxBurst = 256;

    private readonly List<(AuditEvent Event, TaskCompletionSource<AuditEntry> Stored)> waiting = [];
    private bool writing;
    private (long Seq, string Hash)? tail;
    private bool tailLoaded;

    public Task<AuditEntry> AppendAsync(AuditEvent auditEvent)
    {
        var stored = new TaskCompletionSource<AuditEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.Add((auditEvent, stored));
        // Turns of a reentrant grain still run one at a time: only the first caller starts the writer.
        if (!writing)
        {
            writing = true;
            _ = WriteWaitingAsync();
        }
        return stored.Task;
    }

    private async Task WriteWaitingAsync()
    {
        try
        {
            while (waiting.Count > 0)
            {
                var burst = waiting.Take(MaxBurst).ToList();
                waiting.RemoveRange(0, burst.Count);
                try
                {
                    var entries = await StoreAsync(burst.Select(w => w.Event).ToList());
                    for (var i = 0; i < burst.Count; i++) burst[i].Stored.SetResult(entries[i]);
                }
                catch (Exception e)
                {
                    foreach (var w in burst) w.Stored.SetException(e);
                }
            }
        }
        finally
        {
            writing = false;
        }
    }

    private async Task<IReadOnlyList<AuditEntry>> StoreAsync(IReadOnlyList<AuditEvent> events)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (!tailLoaded)
            {
                tail = await store.TailAsync();
                tailLoaded = true;
            }
            var (seq, previous) = tail ?? (0, AuditChain.Genesis);
            var entries = new List<AuditEntry>(events.Count);
            foreach (var auditEvent in events)
            {
                var entry = AuditChain.Link(++seq, auditEvent, previous);
                entries.Add(entry);
                previous = entry.Hash;
            }
            if (await store.AppendAsync(entries))
            {
                tail = (entries[^1].Seq, entries[^1].Hash);
                return entries;
            }
            tailLoaded = false;
            if (attempt == 3) throw new InvalidOperationException("The audit trail's tail kept moving; the entries were not stored.");
        }
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query)
    {
        var size = Math.Clamp(query.PageSize, 1, AuditTrailGrainLimits.MaxPageSize);
        var entries = await store.QueryAsync(query with { PageSize = size + 1 });
        var page = entries.Take(size).ToImmutableArray();
        return new AuditPage(page, entries.Count > size ? page[^1].Seq : null);
    }

    public async Task<AuditVerification> VerifyAsync()
    {
        (long Seq, string Hash)? last = null;
        long checkedCount = 0;
        while (true)
        {
            var batch = await store.ReadAscendingAsync(last?.Seq ?? 0, VerifyBatch);
            if (batch.Count == 0) break;
            if (AuditChain.FirstBroken(last, batch) is { } broken)
            {
                checkedCount += batch.Count(e => e.Seq < broken.Seq);
                return new AuditVerification(false, checkedCount, broken.Seq, broken.Reason, last?.Hash, clock.GetUtcNow());
            }
            checkedCount += batch.Count;
            last = (batch[^1].Seq, batch[^1].Hash);
        }
        // Rows cut from the end leave a chain that holds; this activation still knows how far it reached.
        if (tailLoaded && tail is { } known && known.Seq > (last?.Seq ?? 0))
            return new AuditVerification(false, checkedCount, (last?.Seq ?? 0) + 1, $"entries {(last?.Seq ?? 0) + 1}–{known.Seq} are missing from the end", last?.Hash, clock.GetUtcNow());
        return new AuditVerification(true, checkedCount, null, null, last?.Hash, clock.GetUtcNow());
    }
}
