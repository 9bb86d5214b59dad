using System.Globalization;
using BankHire.Analysis.Scoring.Explanations;
using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Reports;

/// <summary>The candidate report for HR as a PDF: every heading and label in Chinese and English.</summary>
public static class CandidateReportPdf
{
    private static readonly double[] ScoreColumns = [0.34, 0.13, 0.13, 0.2, 0.2];

    /// <param name="fonts">The TrueType files of <see cref="ReportFonts.All"/>, in that order.</param>
    public static byte[] Render(CandidateReportContent content, IReadOnlyList<byte[]> fonts)
    {
        ArgumentNullException.ThrowIfNull(content);
        var report = content.Report;
        var pages = new PdfPages(fonts, $"{content.CandidateName} · {content.JobTitleZh} · AI 面试报告");

        pages.Paragraph("AI 视频面试报告 · AI video interview report", 18);
        pages.Paragraph($"生成于 Generated {Time(content.GeneratedAt)}", 8.5, muted: true);

        pages.Heading("候选人与岗位 Candidate and job");
        pages.Paragraph($"候选人 Candidate：{content.CandidateName}");
        pages.Paragraph($"编号 ID：{content.CandidateId}", 8.5, muted: true);
        pages.Paragraph($"岗位 Job：{content.JobTitleZh} / {content.JobTitleEn}（{content.JobId}）");
        pages.Paragraph($"评分规则版本 Rubric version：v{report.RubricVersion} · 评分器 Scorer {report.ScorerVersion}");
        pages.Paragraph($"面试 Interview：{content.InterviewId} · 评分于 Scored {Time(content.ScoredAt)}", 8.5, muted: true);

        pages.Heading("总体结果 Overall result");
        pages.Paragraph($"总分 Overall score：{Score(report.OverallScore)} / 100", 13);
        pages.Paragraph(content.Suggestion is { } s
            ? $"AI 建议 AI suggestion：{Suggestion(s)}（优先录用 Priority hire ≥ {Number(report.PriorityHireCutoff)}，建议复试 Second round ≥ {Number(report.SecondRoundCutoff)}）"
            : "AI 建议 AI suggestion：需人工复核 Needs human review — 没有综合得分和建议 no overall score or verdict");
        if (content.Suggestion is null)
        {
            pages.Paragraph(content.ExplanationZh.Summary, 9.5);
            pages.Paragraph(content.ExplanationEn.Summary, 9.5);
        }
        pages.Paragraph("AI 建议仅供参考，录用决定由招聘人员作出。The AI suggestion informs, it does not decide: HR makes the hiring decision.", 8.5, muted: true);

        pages.Heading("各项能力 Competencies");
        var widths = ScoreColumns.Select(w => w * pages.Width).ToArray();
        pages.Row(["能力 Competency", "得分 Score", "目标 Target", "贡献 Contribution", "权重 Weight"], widths, header: true);
        foreach (var c in report.Competencies)
        {
            pages.Row([
                $"{c.NameZh}\n{c.NameEn}",
                c.Status switch
                {
                    CompetencyStatus.Excluded => "未评分\nnot scored",
                    CompetencyStatus.NotScorable => "需人工复核\nhuman review",
                    _ => Score(c.Score) + (c.Passed == true ? " ✓" : ""),
                },
                $"≥ {Number(c.PassThreshold)}",
                $"{Score(c.Points)} / {Number(c.MaxPoints)}",
                $"{Percent(c.EffectiveWeight)}（设 set {Percent(c.ConfiguredWeight)}）",
            ], widths);
        }
        pages.Paragraph("贡献 = 该能力为总分贡献的分数 / 最多可贡献的分数。Contribution = points this competency adds to the overall score / the most it could add.", 8.5, muted: true);

        Explain(pages, "评分说明（中文）", content.ExplanationZh);
        Explain(pages, "Explanation (English)", content.ExplanationEn);

        return pages.Build((n, count) => $"{content.CandidateName} · 第 {n} / {count} 页 · Page {n} of {count}");
    }

    private static void Explain(PdfPages pages, string title, Explanation explanation)
    {
        pages.Heading(title);
        pages.Paragraph(explanation.Summary, 10.5);
        foreach (var line in explanation.Lines)
        {
            var indent = line.Length - line.TrimStart().Length;
            pages.Paragraph(line.Trim(), 9.5, indent: Math.Min(indent, 8) * 6);
        }
    }

    private static string Suggestion(Recommendation r) => r switch
    {
        Recommendation.PriorityHire => "优先录用 Priority hire",
        Recommendation.SecondRound => "建议复试 Second round",
        Recommendation.Reject => "淘汰 Reject",
        _ => "需人工复核 Needs human review",
    };

    private static string Score(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Time(DateTimeOffset at) =>
        at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" (UTC{(at.Offset < TimeSpan.Zero ? "-" : "+")}{at.Offset:hh\\:mm})";
}
