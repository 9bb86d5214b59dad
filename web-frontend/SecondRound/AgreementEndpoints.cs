using BankHire.Analysis.Analytics;
using BankHire.Analysis.Scoring.Json;
using BankHire.Candidates;
using BankHire.Indexes;
using BankHire.Jobs;
using BankHire.Scoring;
using BankHire.SecondRound;
using BankHire.Web.Identity;
using BankHire.Web.Jobs;
using BankHire.Web.Problems;

namespace BankHire.Web.SecondRound;

/// <summary>Per job and competency: does the AI interview agree with the second-round interviewers?</summary>
public static class AgreementEndpoints
{
    /// <summary>For one competency: Spearman rank correlation of the AI score with the interviewers' mean, and ICC(2,1)
    /// (absolute agreement) of the same pairs; both null under three candidates.</summary>
    public sealed record CompetencyAgreement(string Key, string NameZh, string NameEn, int Candidates, double? Spearman, double? Icc);

    /// <summary>One candidate's AI and interviewer scores for one competency (the 360° side-by-side).</summary>
    public sealed record SideBySide(Guid CandidateId, string CompetencyKey, double AiScore, double InterviewerMean, int Interviewers);

    public sealed record JobAgreement(string JobId, IReadOnlyList<CompetencyAgreement> Competencies, IReadOnlyList<SideBySide> Pairs);

    public static void MapAgreement(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{jobId}/agreement", AgreementAsync).WithTags("Second round").RequireAuthorization(AuthPolicies.AnyHr)
            .WithSummary("Agreement between the AI interview and the second-round scorecards, per competency (Spearman, ICC(2,1)).");
    }

    private static async Task<JobAgreement> AgreementAsync(string jobId, IGrainFactory grains)
    {
        var job = await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() ?? throw ApiProblemException.NotFound($"Job '{jobId}'", "jobId");
        var ids = await grains.GetGrain<IIndexGrain>(IndexKeys.CandidatesOfJob(jobId)).ListAsync();
        var pairs = (await Task.WhenAll(ids.Select(id => PairsAsync(Guid.Parse(id), grains)))).SelectMany(p => p).ToArray();
        var competencies = CompetencyModelGate.Read(job.Rubric.ModelJson).Competencies.Select(c =>
        {
            var scored = pairs.Where(p => p.CompetencyKey == c.Key).Select(p => (p.AiScore, p.InterviewerMean)).ToArray();
            return new CompetencyAgreement(c.Key, c.NameZh, c.NameEn, scored.Length, Agreement.Spearman(scored), Agreement.Icc(scored));
        }).ToArray();
        return new JobAgreement(job.Id, competencies, pairs);
    }

    private static async Task<IReadOnlyList<SideBySide>> PairsAsync(Guid candidateId, IGrainFactory grains)
    {
        var round = await grains.GetGrain<ISecondRoundGrain>(candidateId).GetAsync();
        if (round is null || round.Scorecards.IsEmpty) return [];
        var latest = (await grains.GetGrain<ICandidateGrain>(candidateId).GetInterviewReportsAsync()).LastOrDefault();
        if (latest is null) return [];
        var report = await grains.GetGrain<IInterviewScoringGrain>(latest.InterviewId).GetAsync();
        if (report is null) return [];
        var ai = ScoreReportJson.Deserialize(report.Json).Report.Competencies
            .Where(c => c.Score is not null).ToDictionary(c => c.Key, c => c.Score!.Value);
        return round.Scorecards.SelectMany(s => s.Ratings)
            .GroupBy(r => r.CompetencyKey)
            .Where(g => ai.ContainsKey(g.Key))
            .Select(g => new SideBySide(candidateId, g.Key, ai[g.Key], Math.Round(g.Average(r => r.Score), 2), g.Count()))
            .ToArray();
    }
}
