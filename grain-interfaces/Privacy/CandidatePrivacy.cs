using System.Collections.Immutable;

namespace BankHire.Privacy;

/// <summary>What is known about a candidate's data rights: when their data is purged, their deletion request, the exports
/// they took, and the erasure once done.</summary>
/// <param name="RetentionDueAt">When the recording and personal data are purged (the job's retention after the last step); null once erased.</param>
[GenerateSerializer, Immutable, Alias("bankhire.CandidatePrivacy")]
public sealed record CandidatePrivacy(
    Guid CandidateId,
    int RetentionDays,
    DateTimeOffset? RetentionDueAt,
    DeletionRequest? Deletion,
    ImmutableArray<DataExportRecord> Exports,
    Erasure? Erasure,
    AlternativeProcessRequest? AlternativeProcess = null);

/// <summary>The candidate's request for an alternative selection process or an accommodation instead of the AI interview
/// (US-NYC Local Law 144), with their reason if they gave one.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.AlternativeProcessRequest")]
public sealed record AlternativeProcessRequest(DateTimeOffset RequestedAt, string? Reason);

/// <summary>A request to erase the candidate's personal data: by whom, by when it must be done, and when it was.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.DeletionRequest")]
public sealed record DeletionRequest(DateTimeOffset RequestedAt, DateTimeOffset DeadlineAt, string RequestedBy, DateTimeOffset? ProcessedAt);

/// <summary>One copy of the candidate's data handed out (PIPL Art. 45, GDPR Art. 15).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.DataExportRecord")]
public sealed record DataExportRecord(DateTimeOffset At, string By);

/// <summary>The erasure of the candidate's personal data: when, why, and how much media went with it.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.Erasure")]
public sealed record Erasure(DateTimeOffset At, string Reason, int InterviewsErased, bool PersonalDataKept);
