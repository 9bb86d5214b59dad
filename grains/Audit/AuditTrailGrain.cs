using System.Collections.Immutable;

namespace BankHire.Audit;

/// <summary>
/// Chains each event onto the stored tail and stores it before answering. One activation orders the chain; the store's
/// conditional insert keeps it whole even if a second activation ever wrote (the loser reloads the tail and retries).
/// </summary>
[GrainType("audit-trail")]
public sealed class AuditTrailGrain(IAuditLogStore store, TimeProvider clock) : Grain, IAuditTrailGrain
{
    private const int VerifyBatch = 2000;

    private (long Seq, string Hash)? tail;
    private bool tailLoaded;

    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (!tailLoaded)
            {
                tail = await store.TailAsync();
                tailLoaded = true;
            }
            var (seq, previous) = tail ?? (0, AuditChain.Genesis);
            var entry = AuditChain.Link(seq + 1, auditEvent, previous);
            if (await store.AppendAsync(entry))
            {
                tail = (entry.Seq, entry.Hash);
                return entry;
            }
            tailLoaded = false;
            if (attempt == 3) throw new InvalidOperationException("The audit trail's tail kept moving; the entry was not stored.");
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
