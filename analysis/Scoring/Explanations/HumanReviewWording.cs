using BankHire.Analysis.Scoring.Rubric;

namespace BankHire.Analysis.Scoring.Explanations;

/// <summary>HR's sentence for a report that asks for a person instead of a verdict, with every reason it has.</summary>
internal static class HumanReviewWording
{
    public static string Summary(ScoreReport report, Localised l)
    {
        var all = report.HumanReview ?? [];
        // Competencies missing content for the same reasons are named together, so the reason is said once.
        var reasons = all.Where(r => r.Code == HumanReviewCode.ContentNotMeasured)
            .GroupBy(r => string.Join("\n", r.Details))
            .Select(g => ContentNotMeasured([.. g.Select(r => CompetencyName(r.Subject, report, l))], g.First().Details, l))
            .Concat(all.Where(r => r.Code != HumanReviewCode.ContentNotMeasured).Select(r => Other(r, l)))
            .ToList();
        if (reasons.Count == 0)
            reasons.Add(l.Pick("没有可计分的能力", "no competency could be scored"));
        var joined = string.Join(l.Pick("；", "; "), reasons);
        return l.Pick($"需人工复核（不给出综合得分和建议）：{joined}。", $"Needs human review (no overall score or verdict): {joined}.");
    }

    private static string ContentNotMeasured(IReadOnlyList<string> competencies, IReadOnlyList<string> details, Localised l)
    {
        var names = string.Join(l.Pick("、", ", "), competencies);
        var why = details.Count == 0 ? "" : l.Pick("（", " (") + string.Join(l.Pick("；", "; "), details) + l.Pick("）", ")");
        return l.Pick($"{names}的回答内容未能测量{why}", $"what the candidate said for {names} could not be measured{why}");
    }

    private static string Other(HumanReviewReason reason, Localised l) => reason.Code switch
    {
        HumanReviewCode.RubricMeasuresNoContent => l.Pick("评分规则不含任何内容指标，仅凭面部和语音不作结论",
            "the rubric measures no content, and face and voice alone never make a verdict"),
        _ => l.Pick("没有可计分的能力", "no competency could be scored"),
    };

    private static string CompetencyName(string? key, ScoreReport report, Localised l) =>
        report.Competencies.FirstOrDefault(c => c.Key == key) is { } c ? l.Pick($"“{c.NameZh}”", $"'{c.NameEn}'") : key ?? "";
}
