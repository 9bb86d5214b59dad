using BankHire.Analysis.Scoring.Model;
using BankHire.Jobs;

namespace BankHire.Web.Jobs;

/// <summary>A new job: from a shipped template, or with a full competency model.</summary>
public sealed record NewJob(
    string? Id = null,
    string? TemplateCode = null,
    CompetencyModel? Model = null,
    string? TitleZh = null,
    string? TitleEn = null,
    string? BranchCode = null,
    int Openings = 1,
    JobStatus Status = JobStatus.Open);

public sealed record ModelRevision(CompetencyModel Model, string? ChangeNote = null);

public sealed record JobView(
    string Id,
    JobPosting Posting,
    int RubricVersion,
    int VersionCount,
    DateTimeOffset CreatedAt,
    CompetencyModel Model,
    IReadOnlyList<string> Notes);

public sealed record TemplateSummary(string Code, string TitleZh, string TitleEn, IReadOnlyList<string> Competencies);
