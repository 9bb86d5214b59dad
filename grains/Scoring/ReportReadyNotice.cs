using System.Globalization;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.HrNotifications;

namespace BankHire.Scoring;

/// <summary>HR's in-app notice that a report is ready, in words rather than codes; a report without a verdict says a person must review it.</summary>
internal static class ReportReadyNotice
{
    public static HrNotification For(InterviewReport report, Guid candidateId)
    {
        var (zh, en) = Enum.TryParse<Recommendation>(report.Recommendation, out var r) ? r switch
        {
            Recommendation.PriorityHire => ("优先录用", "priority hire"),
            Recommendation.SecondRound => ("建议复试", "second round"),
            Recommendation.Reject => ("淘汰", "reject"),
            _ => ("需人工复核", "needs human review"),
        } : (report.Recommendation, report.Recommendation);
        var score = report.OverallScore?.ToString("0.#", CultureInfo.InvariantCulture);
        return new HrNotification(
            report.InterviewId, "interview_report_ready",
            score is null ? $"AI 面试报告已生成：{zh}（无综合得分，请查看原因）" : $"AI 面试报告已生成：总分 {score}（{zh}）",
            score is null ? $"AI interview report ready: {en} (no overall score; see why)" : $"AI interview report ready: overall {score} ({en})",
            candidateId, report.InterviewId, report.ScoredAt);
    }
}
