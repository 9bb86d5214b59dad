namespace BankHire.Tests.Fuzz;

/// <summary>Real ids in the fuzzed application, so requests reach handlers rather than stopping at 404.</summary>
public sealed record FuzzIds(
    string JobId, string TemplateCode, Guid CandidateId, Guid InterviewId, string QuestionId, Guid WebhookId, Guid KeyId, Guid EmployeeId);
