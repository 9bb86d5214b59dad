using BankHire.Interviews;
using BankHire.Jobs;
using BankHire.Privacy;
using BankHire.Web.Identity;
using BankHire.Web.Jobs;
using BankHire.Web.Problems;

namespace BankHire.Web.Privacy;

/// <summary>What HR records for a job's jurisdiction pack: the personal-information impact assessment (CN, EU) a job needs
/// before interviews with face analysis start, and when a candidate was given the notice (US-NYC: the interview waits ten
/// business days from it).</summary>
public static class JurisdictionEndpoints
{
    public sealed record ImpactAssessmentRequest(string? Purpose, string? Necessity, string? Risks, string? Measures, string? Reviewer, DateOnly? AssessedOn) : IValidatedRequest
    {
        public void Validate()
        {
            Require.Text(Purpose, "purpose", 4000);
            Require.Text(Necessity, "necessity", 4000);
            Require.Text(Risks, "risks", 4000);
            Require.Text(Measures, "measures", 4000);
            Require.Text(Reviewer, "reviewer", 200);
            if (AssessedOn is not { } on) throw ApiProblemException.Invalid("assessedOn", "'assessedOn' (yyyy-MM-dd) is required.");
            if (on > DateOnly.FromDateTime(DateTime.UtcNow)) throw ApiProblemException.Invalid("assessedOn", "'assessedOn' is in the future.");
        }
    }

    /// <summary>The job's current assessment (null when none) and every earlier one.</summary>
    public sealed record ImpactAssessmentView(string JobId, bool Required, ImpactAssessment? Current, IReadOnlyList<ImpactAssessment> History);

    public sealed record NoticeRequest(DateTimeOffset? NoticeGivenAt) : IValidatedRequest
    {
        public void Validate()
        {
            if (NoticeGivenAt is not { } at) throw ApiProblemException.Invalid("noticeGivenAt", "'noticeGivenAt' is required.");
            // A minute's grace for the clocks of the browser and the server.
            if (at > DateTimeOffset.UtcNow.AddMinutes(1)) throw ApiProblemException.Invalid("noticeGivenAt", "'noticeGivenAt' is in the future.");
        }
    }

    public static void MapJurisdiction(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Privacy");
        group.MapGet("/jobs/{jobId}/impact-assessment", ImpactAssessmentOfAsync).RequireAuthorization(AuthPolicies.AnyHr)
            .WithName("GetImpactAssessment").WithSummary("The job's personal-information impact assessment (PIPL Art. 55–56), current and earlier.");
        group.MapPut("/jobs/{jobId}/impact-assessment", RecordImpactAssessmentAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithName("RecordImpactAssessment").WithSummary("Records the job's impact assessment: purpose, necessity, risks, measures, reviewer, date.");
        group.MapPut("/interviews/{id:guid}/notice", RecordNoticeAsync).RequireAuthorization(AuthPolicies.Recruiting)
            .WithName("RecordInterviewNotice").WithSummary("When the candidate was given the job's notice (US-NYC: the interview waits ten business days from it); not in the future.");
    }

    private static async Task<ImpactAssessmentView> ImpactAssessmentOfAsync(string jobId, IGrainFactory grains)
    {
        var pack = await ExistingJobPackAsync(grains, jobId);
        var assessments = grains.GetGrain<IImpactAssessmentGrain>(jobId);
        return new ImpactAssessmentView(jobId, pack.ImpactAssessmentRequired, await assessments.GetCurrentAsync(), await assessments.GetHistoryAsync());
    }

    private static async Task<ImpactAssessmentView> RecordImpactAssessmentAsync(string jobId, ImpactAssessmentRequest request, HttpContext http, IGrainFactory grains)
    {
        await ExistingJobPackAsync(grains, jobId);
        await grains.GetGrain<IImpactAssessmentGrain>(jobId).RecordAsync(new ImpactAssessment(
            request.Purpose!.Trim(), request.Necessity!.Trim(), request.Risks!.Trim(), request.Measures!.Trim(), request.Reviewer!.Trim(),
            request.AssessedOn!.Value, http.User.Identity?.Name ?? "unknown", DateTimeOffset.UtcNow));
        return await ImpactAssessmentOfAsync(jobId, grains);
    }

    private static async Task<InterviewSnapshot> RecordNoticeAsync(Guid id, NoticeRequest request, IGrainFactory grains)
    {
        var session = grains.GetGrain<IInterviewSessionGrain>(id);
        if (await session.GetAsync() is null) throw ApiProblemException.NotFound($"Interview {id}", "id");
        return await session.RecordNoticeAsync(request.NoticeGivenAt!.Value);
    }

    private static async Task<Analysis.Scoring.Model.JurisdictionPack> ExistingJobPackAsync(IGrainFactory grains, string jobId)
    {
        JobIds.Valid(jobId, "jobId");
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is null) throw ApiProblemException.NotFound($"Job {jobId}", "jobId");
        return await JobJurisdiction.PackAsync(grains, jobId);
    }
}
