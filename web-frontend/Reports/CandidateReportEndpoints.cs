using Microsoft.AspNetCore.Http.HttpResults;
using BankHire.Analysis.Reports;
using BankHire.Analysis.Scoring.Json;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Notifications;
using BankHire.Notifications.Templates;
using BankHire.Scoring;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Reports;

/// <summary>GET /api/candidates/{id}/report.pdf: the candidate's latest AI interview report as a PDF for HR.</summary>
public static class CandidateReportEndpoints
{
    public static void MapCandidateReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/candidates/{id:guid}/report.pdf", ReportAsync).WithTags("Candidates").RequireAuthorization(AuthPolicies.AnyHr)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The latest AI interview report as a PDF: candidate, job, rubric version, scores with targets and contributions, explanations (zh, en), AI suggestion.");
    }

    private static async Task<FileContentHttpResult> ReportAsync(Guid id, IGrainFactory grains, ReportFontFiles fonts, TimeProvider clock, HttpContext http)
    {
        var candidate = await grains.GetGrain<ICandidateGrain>(id).GetAsync() ?? throw ApiProblemException.NotFound($"Candidate {id}", "id");
        var summaries = await grains.GetGrain<ICandidateGrain>(id).GetInterviewReportsAsync();
        if (summaries.IsDefaultOrEmpty)
            throw new ApiProblemException(StatusCodes.Status409Conflict, "No report yet",
                $"Candidate {id} has no AI interview report yet (stage {candidate.Stage}): a report exists once an interview is completed and scored.", "id");
        var latest = summaries[^1];
        var report = await grains.GetGrain<IInterviewScoringGrain>(latest.InterviewId).GetAsync()
            ?? throw new ApiProblemException(StatusCodes.Status409Conflict, "No report",
                $"The report of interview {latest.InterviewId} no longer exists (the candidate withdrew consent).", "id");
        var fontFiles = fonts.Get();
        var job = await grains.GetGrain<IJobRubricGrain>(report.JobId).GetAsync();
        var zone = MessageTimes.Zone(http.RequestServices.GetService<NotificationOptions>()?.TimeZone);
        var content = CandidateReportContent.From(ScoreReportJson.Deserialize(BankHire.Web.Access.FieldRedaction.Visible(report.Json, BankHire.Web.Access.AccessDecision.GrantedTo(http))), candidate.Application.Contact.FullName, id,
            report.JobId, job?.Posting.TitleZh ?? report.JobId, job?.Posting.TitleEn ?? report.JobId, report.InterviewId,
            TimeZoneInfo.ConvertTime(report.ScoredAt, zone), TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone));
        // Laying out and subsetting the fonts is CPU work: off the request thread.
        var pdf = await Task.Run(() => CandidateReportPdf.Render(content, fontFiles), http.RequestAborted);
        return TypedResults.File(pdf, "application/pdf", $"candidate-{id}-report.pdf");
    }
}
