using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Jobs;
using BankHire.Web.Problems;

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
    JobStatus Status = JobStatus.Open) : IValidatedRequest
{
    public void Validate()
    {
        if (Id is not null) JobIds.Valid(Id, "id");
        var code = Require.OptionalText(TemplateCode, "templateCode", 64);
        if (Model is null)
        {
            if (code is null) throw ApiProblemException.Invalid("templateCode", "'templateCode' is required when no 'model' is given.");
            if (!JobTemplates.Exists(code))
                throw ApiProblemException.Invalid("templateCode", $"Unknown template '{code}'. Templates: {string.Join(", ", JobTemplates.Codes)}.");
        }
        Admitted();
        Require.OptionalText(TitleZh, "titleZh");
        Require.OptionalText(TitleEn, "titleEn");
        Require.OptionalText(BranchCode, "branchCode", 32);
        JobPostingRequest.CheckOpenings(Openings);
        if (!Enum.IsDefined(Status)) throw ApiProblemException.Invalid("status", "'status' must be Draft, Open or Closed.");
    }

    /// <summary>The given model, or the template's, checked and with its weights normalised.</summary>
    public CompetencyModelGate.Admitted Admitted() => CompetencyModelGate.Admit(Model ?? JobTemplates.Load(TemplateCode!.Trim()), "model");

    public JobPosting Posting(CompetencyModel model) => new(
        Require.OptionalText(TitleZh, "titleZh") ?? model.TitleZh,
        Require.OptionalText(TitleEn, "titleEn") ?? model.TitleEn,
        Require.OptionalText(TemplateCode, "templateCode", 64) ?? model.JobCode,
        Require.OptionalText(BranchCode, "branchCode", 32),
        Openings,
        Status);
}

/// <summary>The public side of a job as HR edits it.</summary>
public sealed record JobPostingRequest(string TitleZh, string TitleEn, string TemplateCode, string? BranchCode, int Openings, JobStatus Status)
    : IValidatedRequest
{
    public void Validate()
    {
        Require.Text(TitleZh, "titleZh");
        Require.Text(TitleEn, "titleEn");
        Require.Text(TemplateCode, "templateCode", 64);
        Require.OptionalText(BranchCode, "branchCode", 32);
        CheckOpenings(Openings);
        if (!Enum.IsDefined(Status)) throw ApiProblemException.Invalid("status", "'status' must be Draft, Open or Closed.");
    }

    public JobPosting ToPosting() => new(TitleZh.Trim(), TitleEn.Trim(), TemplateCode.Trim(), Require.OptionalText(BranchCode, "branchCode", 32), Openings, Status);

    internal static void CheckOpenings(int openings)
    {
        if (openings is < 1 or > 100_000) throw ApiProblemException.Invalid("openings", "'openings' must be between 1 and 100000.");
    }
}

public sealed record ModelRevision(CompetencyModel Model, string? ChangeNote = null) : IValidatedRequest
{
    public void Validate()
    {
        CompetencyModelGate.Admit(Model, "model");
        Require.OptionalText(ChangeNote, "changeNote", 500);
    }
}

public sealed record JobView(
    string Id,
    JobPosting Posting,
    int RubricVersion,
    int VersionCount,
    DateTimeOffset CreatedAt,
    CompetencyModel Model,
    IReadOnlyList<string> Notes);

public sealed record TemplateSummary(string Code, string TitleZh, string TitleEn, IReadOnlyList<string> Competencies);

public sealed record JobVersionView(int Version, DateTimeOffset CreatedAt, string Author, string? ChangeNote);
