using System.Globalization;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Candidates;

/// <summary>Turns an AI interview result and the job's cut-offs (of the rubric version it was scored with) into the suggestion kept on the candidate.</summary>
public static class InterviewSuggestions
{
    /// <summary>Null when the report could not be scored: a person must review it, so there is nothing to suggest.</summary>
    public static InterviewSuggestion? From(InterviewReportSummary report, ScoringPolicy policy)
    {
        if (report.OverallScore is not { } overall || !Enum.TryParse<HiringVerdict>(report.Recommendation, out var verdict) || !Enum.IsDefined(verdict))
            return null;
        var score = Number(overall);
        var (priority, second) = (Number(policy.PriorityHireCutoff), Number(policy.SecondRoundCutoff));
        return new InterviewSuggestion(
            verdict, report.InterviewId, report.RubricVersion, overall, policy.PriorityHireCutoff, policy.SecondRoundCutoff,
            $"ai:rubric-v{report.RubricVersion}", report.ScoredAt,
            $"AI 面试总分 {score}，{Zh(verdict)}（本岗位优先录用线 {priority}，复试线 {second}；能力模型第 {report.RubricVersion} 版）",
            $"AI interview overall {score}: {En(verdict)} (this job's cut-offs: priority hire ≥ {priority}, second round ≥ {second}; model v{report.RubricVersion})");
    }

    public static string Zh(HiringVerdict verdict) => verdict switch
    {
        HiringVerdict.PriorityHire => "优先录用",
        HiringVerdict.SecondRound => "建议复试",
        _ => "淘汰",
    };

    public static string En(HiringVerdict verdict) => verdict switch
    {
        HiringVerdict.PriorityHire => "priority hire",
        HiringVerdict.SecondRound => "second round",
        _ => "reject",
    };

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
