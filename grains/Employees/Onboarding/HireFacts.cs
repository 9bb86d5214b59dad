using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Json;
using BankHire.Candidates;
using BankHire.Jobs;
using BankHire.Scoring;

namespace BankHire.Employees.Onboarding;

/// <summary>
/// Gathers what is already known about a hire — contact, job, branch, position, the scores at hire and the rubric
/// version they were hired under — from the candidate, the job and the latest AI interview report.
/// </summary>
public static class HireFacts
{
    /// <summary>First day by default: two weeks after the offer is accepted (HR moves it when they know better).</summary>
    public static readonly int DefaultDaysToStart = 14;

    public static async Task<Hire> CollectAsync(IGrainFactory grains, CandidateSnapshot candidate, ResumeScreening? screening,
        IReadOnlyList<InterviewReportSummary> reports, DateTimeOffset hiredAt, string actor)
    {
        var application = candidate.Application;
        var job = await grains.GetGrain<IJobRubricGrain>(application.JobId).GetAsync();
        var latest = reports.Count > 0 ? reports[^1] : null;
        var competencies = latest is null ? ImmutableDictionary<string, double>.Empty : await CompetencyScoresAsync(grains, latest.InterviewId);
        var version = latest?.RubricVersion ?? screening?.RubricVersion ?? job?.Rubric.Version ?? 1;
        var scores = new HireScores(version, screening?.Score, latest?.OverallScore, competencies, latest?.InterviewId);
        var record = new EmployeeRecord(
            candidate.Id, application.Contact.FullName, application.JobId, job?.Posting.BranchCode ?? "",
            job?.Posting.TitleZh ?? application.JobId, DateOnly.FromDateTime(hiredAt.UtcDateTime).AddDays(DefaultDaysToStart),
            Manager: null, Email: application.Contact.Email, Phone: application.Contact.Phone);
        return new Hire(record, scores, actor);
    }

    private static async Task<ImmutableDictionary<string, double>> CompetencyScoresAsync(IGrainFactory grains, Guid interviewId)
    {
        var report = await grains.GetGrain<IInterviewScoringGrain>(interviewId).GetAsync();
        if (report is null) return ImmutableDictionary<string, double>.Empty;
        try
        {
            return ScoreReportJson.Deserialize(report.Json).Report.Competencies
                .Where(c => c.Score is not null).ToImmutableDictionary(c => c.Key, c => c.Score!.Value);
        }
        catch (ScoreReportFormatException)
        {
            // An unreadable report: the employee is still created, without per-competency scores to validate.
            return ImmutableDictionary<string, double>.Empty;
        }
    }
}
