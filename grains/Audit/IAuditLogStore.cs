namespace BankHire.Audit;

/// <summary>The audit trail's durable rows (table AuditTrail in the app's database; implemented by the hosting layer).</summary>
public interface IAuditLogStore
{
    /// <summary>The last stored entry's seq and hash, or null when the trail is empty.</summary>
    Task<(long Seq, string Hash)?> TailAsync(CancellationToken cancellation = default);

    /// <summary>Stores the entries (consecutive, linked in order) in one transaction, only if the first continues the
    /// stored chain (the entry before it is the tail it was linked to); false, storing none, when another writer moved the tail.</summary>
    Task<bool> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellation = default);

    /// <summary>Matching entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellation = default);

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterSeq"/>, ascending, exactly as stored.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAscendingAsync(long afterSeq, int count, CancellationToken cancellation = default);
}
