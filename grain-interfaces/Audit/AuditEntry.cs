namespace BankHire.Audit;

/// <summary>One stored entry of the audit trail: its place in the chain, the event, the hash of the entry before it and
/// its own hash (SHA-256 over the previous hash and the entry's canonical content, see <c>AuditChain</c>).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AuditEntry")]
public sealed record AuditEntry(long Seq, AuditEvent Event, string PreviousHash, string Hash);
