namespace BankHire.Jobs;

/// <summary>The public side of a job: titles, the template it came from, where and how many.</summary>
[GenerateSerializer, Immutable, Alias("bankhire.JobPosting")]
public sealed record JobPosting(
    string TitleZh,
    string TitleEn,
    string TemplateCode,
    string? BranchCode,
    int Openings,
    JobStatus Status);
