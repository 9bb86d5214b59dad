using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Json;
using BankHire.Candidates;
using BankHire.Scoring;

namespace BankHire.TalentPool;

/// <summary>Reads one candidate's pool summary from their grain (and, for a new interview report, its competency scores).</summary>
public static class TalentRecords
{
    /// <summary>
    /// The candidate's summary, or null if they do not exist. The competency scores of <paramref name="previous"/> are kept
    /// while the latest report is the same, so a stage move does not read the report again.
    /// </summary>
    public static async Task<TalentRecord?> ReadAsync(IGrainFactory grains, Guid candidateId, TalentRecord? previous)
    {
        var candidate = grains.GetGrain<ICandidateGrain>(candidateId);
        if (await candidate.GetAsync() is not { } snapshot) return null;
        var screening = await candidate.GetScreeningAsync();
        var reports = await candidate.GetInterviewReportsAsync();
        var latest = reports.IsDefaultOrEmpty ? null : reports[^1];
        var competencies = latest is null ? []
            : previous is { } known && known.InterviewId == latest.InterviewId && known.InterviewScoredAt == latest.ScoredAt ? known.Competencies
            : await CompetenciesAsync(grains, latest.InterviewId);
        var application = snapshot.Application;
        return new TalentRecord(
            snapshot.Id,
            application.OriginalCandidateId ?? snapshot.Id,
            application.Contact.FullName,
            application.JobId,
            snapshot.Stage,
            snapshot.CreatedAt,
            screening?.Score,
            screening?.KnockedOut ?? false,
            latest?.InterviewId,
            latest?.ScoredAt,
            latest?.OverallScore,
            snapshot.Suggestion?.Verdict,
            snapshot.Decision?.Verdict,
            competencies,
            screening?.Skills ?? [],
            application.OriginalCandidateId is not null || application.Source.StartsWith(ResumeSourcePrefix, StringComparison.Ordinal));
    }

    /// <summary>How a resume pool marks the candidates it created (<c>resume:</c> and the first file's name).</summary>
    public const string ResumeSourcePrefix = "resume:";

    private static async Task<ImmutableArray<TalentCompetency>> CompetenciesAsync(IGrainFactory grains, Guid interviewId)
    {
        if (await grains.GetGrain<IInterviewScoringGrain>(interviewId).GetAsync() is not { } report) return [];
        try
        {
            return [.. ScoreReportJson.Deserialize(report.Json).Report.Competencies.Select(c => new TalentCompetency(c.Key, c.NameZh, c.NameEn, c.Score))];
        }
        catch (ScoreReportFormatException)
        {
            // A report this version cannot read keeps its overall score in the pool; only the breakdown is missing.
            return [];
        }
    }
}
