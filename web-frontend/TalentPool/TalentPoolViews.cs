using BankHire.Candidates;
using BankHire.TalentPool;

namespace BankHire.Web.TalentPool;

/// <summary>A page of the talent pool: how many people matched, this page, and the competencies that can be filtered on.</summary>
public sealed record TalentPoolView(int Total, IReadOnlyList<TalentPersonView> People, IReadOnlyList<TalentCompetency> Competencies);

/// <summary>One person: their skills, whether they are worth a second look somewhere (<c>Flagged</c>), and every job they are in.</summary>
public sealed record TalentPersonView(Guid PersonId, string Name, IReadOnlyList<string> Skills, bool Flagged, double? BestScore, IReadOnlyList<TalentJobView> Jobs);

/// <summary>
/// One of the person's applications: the job, stage, screening score, AI interview overall and per-competency scores, the AI's
/// suggestion and HR's decision. <c>TopTenPercent</c>: among the job's best 10 % (AI interview score, or screening score
/// before an interview), at least the pass mark, and still open (not hired, rejected, withdrawn or knocked out). <c>OriginalCandidateId</c> is set on a re-matched application.
/// </summary>
public sealed record TalentJobView(
    Guid CandidateId,
    string JobId,
    string? JobTitleZh,
    string? JobTitleEn,
    CandidateStage Stage,
    double? ScreeningScore,
    bool KnockedOut,
    double? InterviewScore,
    HiringVerdict? AiSuggestion,
    HiringVerdict? HrDecision,
    IReadOnlyList<TalentCompetency> Competencies,
    bool TopTenPercent,
    Guid? OriginalCandidateId,
    bool CanRematch);

/// <summary>Re-match a pool candidate's stored resume against another job.</summary>
public sealed record RematchRequest(string JobId) : BankHire.Web.Problems.IValidatedRequest
{
    public void Validate() => BankHire.Web.Problems.Require.Text(JobId, "jobId", 64);
}

/// <summary>
/// The candidate the person now is in the job: <c>Created</c> by this call, or already there (a repeated re-match, or the
/// same person had applied: <c>AlreadyInJob</c>). <c>Rank</c> is the place in the job's ranking (knocked-out included).
/// </summary>
public sealed record RematchResult(
    Guid CandidateId,
    string JobId,
    Guid OriginalCandidateId,
    bool Created,
    bool AlreadyInJob,
    double Score,
    bool KnockedOut,
    int? Rank,
    int RubricVersion,
    string SummaryZh,
    string SummaryEn);
