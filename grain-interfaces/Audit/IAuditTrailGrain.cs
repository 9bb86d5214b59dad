namespace BankHire.Audit;

/// <summary>
/// The bank's one append-only, hash-chained audit trail (a single grain, so entries are chained in one order across
/// the cluster). Written only by the web layer's access gate; read by auditors.
/// </summary>
[Alias("bankhire.IAuditTrailGrain")]
public interface IAuditTrailGrain : IGrainWithStringKey
{
    public const string Key = "bank";

    /// <summary>Chains and stores the event; returns the stored entry once it is durable.</summary>
    [Alias("Append")] Task<AuditEntry> AppendAsync(AuditEvent auditEvent);

    [Alias("Query"), Orleans.Concurrency.ReadOnly] Task<AuditPage> QueryAsync(AuditQuery query);

    /// <summary>Recomputes every hash from the stored rows and reports the first broken link.</summary>
    [Alias("Verify"), Orleans.Concurrency.ReadOnly] Task<AuditVerification> VerifyAsync();
}
