namespace BankHire.Jobs;

[GenerateSerializer, Immutable, Alias("bankhire.JobSnapshot")]
public sealed record JobSnapshot(string Id, JobPosting Posting, RubricVersion Rubric, int VersionCount, DateTimeOffset CreatedAt);
