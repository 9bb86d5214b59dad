namespace BankHire.Audit;

/// <summary>The chain recomputed from the stored rows: intact, or the first entry that does not hold and why
/// (its content changed, its link to the entry before was changed, or entries before it are missing).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AuditVerification")]
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBrokenSeq, string? Reason, string? LastHash, DateTimeOffset VerifiedAt);
