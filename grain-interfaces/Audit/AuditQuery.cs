namespace BankHire.Audit;

/// <summary>Which entries to read, newest first: all filters optional; <paramref name="BeforeSeq"/> pages backwards.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AuditQuery")]
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Actor = null,
    string? Subject = null,
    string? Action = null,
    string? DataClass = null,
    long? BeforeSeq = null,
    int PageSize = 100);

/// <summary>A page of entries, newest first; <paramref name="NextBeforeSeq"/> reads the next (older) page, null at the end.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AuditPage")]
public sealed record AuditPage(System.Collections.Immutable.ImmutableArray<AuditEntry> Entries, long? NextBeforeSeq);
