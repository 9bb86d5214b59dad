using BankHire.Analysis.Scoring.Json;
using BankHire.Jobs;
using BankHire.Scoring;

namespace BankHire.Web.CandidatePortal;

/// <summary>
/// The candidate's feedback, from the stored report's candidate explanation: per competency, its score and lines in
/// both languages. It carries no overall score or recommendation (HR decides and tells), so those stay null.
/// </summary>
public static class CandidateFeedback
{
    public sealed record CompetencyFeedback(string Key, string NameZh, string NameEn, double? Score, IReadOnlyList<string[]> Lines);

    public sealed record FeedbackView(bool Released, double? OverallScore = null, string? Recommendation = null, IReadOnlyList<CompetencyFeedback>? Competencies = null);

    public static FeedbackView NotReleased { get; } = new(false, Competencies: []);

    /// <summary>What the candidate may read of the interview's report: the feedback once released, else nothing.</summary>
    public static async Task<FeedbackView> VisibleAsync(IGrainFactory grains, Guid interviewId)
    {
        var report = await grains.GetGrain<IInterviewScoringGrain>(interviewId).GetAsync();
        if (report is null) return NotReleased;
        if (report.FeedbackReleased) return From(report.Json);
        // Reports scored before the scoring grain released "at once" feedback itself read the policy here.
        var version = await grains.GetGrain<IJobRubricGrain>(report.JobId).GetVersionAsync(report.RubricVersion);
        var policy = version is null ? null : CompetencyModelJson.Deserialize(version.ModelJson).Policy;
        return policy is { ReleaseFeedbackAutomatically: true, ReleaseFeedbackAfterMinutes: null or 0 } ? From(report.Json) : NotReleased;
    }

    public static FeedbackView From(string reportJson)
    {
        var document = ScoreReportJson.Deserialize(reportJson);
        var zh = document.Explanations.CandidateZh.Lines;
        var en = document.Explanations.CandidateEn.Lines;
        var competencies = new List<CompetencyFeedback>();
        foreach (var c in document.Report.Competencies)
        {
            var lines = new List<string[]>();
            var start = Enumerable.Range(0, zh.Count).FirstOrDefault(i => zh[i].StartsWith(c.NameZh + "：", StringComparison.Ordinal), -1);
            if (start >= 0)
            {
                lines.Add([zh[start], en.ElementAtOrDefault(start) ?? ""]);
                for (var i = start + 1; i < zh.Count && zh[i].StartsWith("  · ", StringComparison.Ordinal); i++)
                    lines.Add([zh[i].Trim(' ', '·'), (en.ElementAtOrDefault(i) ?? "").Trim(' ', '·')]);
            }
            competencies.Add(new CompetencyFeedback(c.Key, c.NameZh, c.NameEn, c.Score, lines));
        }
        return new FeedbackView(true, Competencies: competencies);
    }
}
