namespace BankHire.HrNotifications;

/// <summary>An in-app notice for HR (e.g. an interview report is ready).</summary>
[GenerateSerializer, Immutable, Alias("bankhire.HrNotification")]
public sealed record HrNotification(Guid Id, string Kind, string TextZh, string TextEn, Guid? CandidateId, Guid? InterviewId, DateTimeOffset At);
